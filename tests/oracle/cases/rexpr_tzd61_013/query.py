spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, f FLOAT, b BOOLEAN, m DECIMAL(12,4), j INT, ts TIMESTAMP, dt DATE, n DECIMAL(20,0), d DOUBLE, i INT, t STRING").load(INPUT)
result = df.filter((F.floor(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).isNull() | (col("id") != lit(86400).cast("bigint")))).withColumn("c1", expr("try_divide(d, i)")).withColumn("c2", expr("(-3.10 + m)")).withColumn("c3", (F.round(col("n")) + lit(-1))).withColumn("c4", expr("CAST(CAST(dt AS TIMESTAMP) AS STRING)")).withColumn("c5", (col("id") % col("i"))).select("id", "c1", "c2", "c3", "c4", "c5").where((col("t") <= lit("日本")))
OUTPUT_MODE = "append"
