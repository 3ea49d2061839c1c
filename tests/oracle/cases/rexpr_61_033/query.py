from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("id") != lit(1000).cast("bigint")), lit(True))).select("id", expr("(CASE WHEN b THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN b THEN ts WHEN b THEN ts ELSE ts END + INTERVAL '1-2' YEAR TO MONTH)").alias("c1"), expr("(id DIV nullif(hash((ts <= TIMESTAMP'2024-02-29 00:00:00'), ts), 0))").alias("c2"), expr("date_trunc('WEEK', CAST(DATE'2025-03-01' AS TIMESTAMP))"))
OUTPUT_MODE = "append"
