from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("b") | (col("id") != lit(0).cast("bigint")))).withColumn("c1", expr("(100BD * n)")).withColumn("c2", expr("(id / nullif(f, 0))")).withColumn("c3", (col("m") - col("m"))).withColumn("c4", expr("CASE WHEN (s >= 'a') THEN (ts + INTERVAL 1 DAY) ELSE ts END")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
