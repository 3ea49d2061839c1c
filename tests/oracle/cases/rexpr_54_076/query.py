from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "k", "((m - m) % nullif((m + (m % 7.5)), 0)) AS c1", "hour(TIMESTAMP'2024-02-29 00:00:00') AS c2", "(trunc(dt, 'mon') >= (DATE'2025-03-01' + INTERVAL 1 MONTH)) AS c3").filter("(NOT coalesce((s RLIKE '[0-9]+'), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
