from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, b BOOLEAN, i INT, s STRING, dt DATE, t STRING, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
result = df.select(expr("crc32(nullif(t, '42'))"), expr("date_trunc('QUARTER', greatest(least(ts, ts, CASE WHEN b THEN ts WHEN (b IS NOT TRUE) THEN ts WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END), TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-03-01 12:30:00.123456')) AS c2"), (col("id") % F.nullif((col("i") * lit(1)), lit(0))).alias("c3"), expr("nullif(CASE WHEN b THEN ts WHEN (dt > DATE'2025-03-01') THEN ts WHEN b THEN ts END, TIMESTAMP'2024-03-01 12:30:00.123456')"))
OUTPUT_MODE = "append"
