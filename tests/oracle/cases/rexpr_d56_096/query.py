from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("i", "xxhash64(ts, (id IS NOT NULL)) AS c1", "months_between(CASE WHEN (d <> 100.0D) THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (d <> 0.001D) THEN ts WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts ELSE ts END, DATE'2025-03-01') AS c2", "(i % -4) AS c3")
OUTPUT_MODE = "append"
