from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, m DECIMAL(12,4), b BOOLEAN, k BIGINT, n DECIMAL(4,1), i INT, f FLOAT, ts TIMESTAMP, j INT, s STRING").load(INPUT)
result = df.selectExpr("id", "d", "CASE b WHEN false THEN TRY_CAST(s AS TIMESTAMP) WHEN true THEN (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) END AS c1", "TRY_CAST(CASE WHEN b THEN s WHEN b THEN s WHEN (k IS NOT NULL) THEN 'x-y' ELSE s END AS BIGINT) AS c2").filter("(dt >= DATE'2025-03-01')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, d, c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
