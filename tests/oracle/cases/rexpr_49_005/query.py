from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("d").eqNullSafe(lit(2)) & col("b")) | lit(-2).cast("bigint").isNull())).selectExpr("id", "(CASE WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN id WHEN (j < -1) THEN id WHEN b THEN id ELSE id END - i) AS c1", "(-1 * id) AS c2", "(d / 3) AS c3", "(CASE WHEN nvl2(n, b, true) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE CAST(dt AS TIMESTAMP) END - INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
