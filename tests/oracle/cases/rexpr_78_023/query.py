from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "round(((d * d) - id), 1) AS c1", "(s IS NULL) AS c2", "add_months(CASE WHEN ((id <= 0L) OR b) THEN dt WHEN b THEN add_months(dt, i) WHEN b THEN add_months(dt, i) ELSE nvl2((b IS NOT NULL), dt, DATE'2023-12-31') END, i) AS c3", "coalesce(unix_timestamp(to_date('2023-12-31')), (CAST(b AS BIGINT) + (i - 2)), -2L) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
