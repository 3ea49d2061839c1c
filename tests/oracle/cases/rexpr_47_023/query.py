from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(nvl(id, CAST(NULL AS BIGINT)) IS NOT NULL) AS c1", "(((1000L + id) <= greatest(CASE WHEN (m <> 0.5) THEN m WHEN b THEN m WHEN b THEN 100BD END, m)) OR (m > 1.25)) AS c2", "coalesce(dt, to_date('2025-03-01')) AS c3", "add_months(CASE WHEN (dt < DATE'2000-01-01') THEN dt WHEN b THEN dt WHEN (ts IS NOT NULL) THEN nullif(dt, DATE'2023-12-31') ELSE trunc(dt, 'YEAR') END, i) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2, c3 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
