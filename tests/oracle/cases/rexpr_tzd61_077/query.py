spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("f") != lit(-1.5))).withColumn("c1", F.months_between(F.least(col("ts"), col("ts")), col("dt"))).withColumn("c2", (col("k") != col("j"))).withColumn("c3", expr("CAST(last_day(dt) AS STRING)"))
OUTPUT_MODE = "append"
