from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, n DECIMAL(20,0), ts TIMESTAMP, t STRING, d DOUBLE, j INT, dt DATE, i INT, m DECIMAL(12,4)").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (ts <= dt) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE (TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL '1-2' YEAR TO MONTH) END AS c1", "(to_timestamp(date_format(date_trunc('SECOND', greatest(ts, ts, ts)), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') + INTERVAL -3 DAYS) AS c2", "octet_length(s) AS c3", "CASE WHEN true THEN CAST((s IS NOT NULL) AS DOUBLE) WHEN array_contains(split(t, ','), 'Hello') THEN d END AS c4").filter("(c2 IS NOT NULL)")
OUTPUT_MODE = "append"
