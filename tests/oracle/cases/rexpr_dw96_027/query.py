from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), ts TIMESTAMP, n DECIMAL(20,0), d DOUBLE, b BOOLEAN, dt DATE, i INT, s STRING").load(INPUT)
result = df.selectExpr("left(coalesce(s, regexp_extract(CASE WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN s WHEN (dt = DATE'2025-03-01') THEN '42' ELSE s END, '(.)(.)', 0), 'Hello'), 2) AS c1", "crc32(substr(s, 2, 1)) AS c2")
OUTPUT_MODE = "append"
