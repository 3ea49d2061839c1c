spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, b BOOLEAN, dt DATE, t STRING, i INT, m DECIMAL(12,4), ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "flatten(array(array(CASE WHEN (s IS NOT NULL) THEN s ELSE t END), CAST(NULL AS ARRAY<STRING>)))", "CASE WHEN b THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END AS c2", "to_timestamp_ltz(CAST(CASE WHEN b THEN CASE WHEN b THEN dt WHEN b THEN to_date('2025-03-01') WHEN b THEN dt END WHEN (b OR exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')) THEN next_day(DATE'2023-12-31', 'Mon') END AS STRING)) AS c3").filter("coalesce((NOT (t COLLATE UTF8_BINARY = 'Hello World')), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
