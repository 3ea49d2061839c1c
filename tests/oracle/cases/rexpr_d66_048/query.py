from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, ts TIMESTAMP, k BIGINT, m DECIMAL(18,6), t STRING, s STRING, n DECIMAL(9,5), b BOOLEAN, dt DATE, d DOUBLE").json(INPUT)
result = df.withColumn("c1", ((-expr("99.99")) / F.nullif(col("m"), lit(0)))).withColumn("c2", expr("date_trunc('MONTH', (ts + INTERVAL 1 MONTH))")).withColumn("c3", F.try_multiply(col("m"), lit(-1))).withColumn("c4", expr("(dayofweek(dt) - CASE WHEN (b IS NOT TRUE) THEN n WHEN b THEN 12.345 WHEN b THEN m ELSE n END)")).withColumn("k", col("k"))
OUTPUT_MODE = "append"
