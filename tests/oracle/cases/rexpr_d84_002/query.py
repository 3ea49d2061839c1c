from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((s ILIKE '_'), false))").selectExpr("id", "CASE b WHEN true THEN d WHEN false THEN d ELSE d END", "unix_timestamp(TIMESTAMP'2024-03-01 12:30:00.123456')", "ascii(s)", "CASE WHEN (dt = to_date('2025-03-01')) THEN '' WHEN b THEN s WHEN b THEN s ELSE s END AS c4", "(least(d, d, d) * abs(d)) AS c5")
OUTPUT_MODE = "append"
