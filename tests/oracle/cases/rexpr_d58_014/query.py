from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (n >= 100BD) THEN (ts - INTERVAL 1 MONTH) WHEN (t < 'abc') THEN ts ELSE (CASE WHEN (id IS NOT NULL) THEN (ts - INTERVAL -3 DAYS) WHEN (s < '日本') THEN ts WHEN isnull((id >= -2L)) THEN date_trunc('SECOND', ts) ELSE ts END + INTERVAL '1-2' YEAR TO MONTH) END")).withColumn("c2", F.nvl2((col("dt") >= F.to_date(lit("2023-12-31"))), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c3", expr("CAST((d > 0.001D) AS INT)")).withColumn("n", expr("(- (n + m))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
