from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "f", "(CASE WHEN (ts <=> dt) THEN CASE WHEN (ts IS NOT NULL) THEN 1 WHEN b THEN i WHEN b THEN i ELSE i END WHEN (s = 'Hello') THEN CASE WHEN (m IS NOT NULL) THEN i WHEN b THEN i ELSE i END ELSE i END - id) AS c1", "datediff(nullif(dt, to_date('2000-01-01')), date_sub(to_date('2025-03-01'), i)) AS c2", "least(1000L, nvl(id, -2L), ((id - id) % nullif(coalesce(i, 3), 0))) AS c3", "(TRY_CAST(i AS INT) IN (-1, 5, 2)) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
