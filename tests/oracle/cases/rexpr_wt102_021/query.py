from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", col("b").cast("int")).withColumn("c2", F.date_trunc("SECOND", F.date_trunc("HOUR", (F.date_trunc("WEEK", col("ts")) - expr("INTERVAL 36 HOURS"))))).withColumn("c3", (col("b") + lit(1))).select("id", "c1", "c2", "c3").where((col("f") < lit(2.0)))
OUTPUT_MODE = "append"
