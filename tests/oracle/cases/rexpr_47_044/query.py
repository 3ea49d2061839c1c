from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (s >= 'é') THEN m WHEN (dt <= to_date('2023-12-31')) THEN (m + 0) ELSE pmod(m, nullif(-3.10, 0)) END AS c1", "signum(CASE WHEN (m IS NOT NULL) THEN j WHEN b THEN i ELSE i END)", "datediff(dateadd(dt, i), DATE'2025-03-01')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
