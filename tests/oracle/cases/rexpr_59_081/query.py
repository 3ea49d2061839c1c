from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).selectExpr("id", "d", "(i - i) AS c1", "((CASE WHEN (dt < DATE'2024-02-29') THEN ts WHEN endswith(s, 'é') THEN ts ELSE ts END != dt) IS NOT NULL) AS c2", "CAST(dayofweek(CASE WHEN b THEN dt WHEN (m < 0.001) THEN DATE'2025-03-01' WHEN b THEN add_months(dt, i) ELSE dt END) AS TIMESTAMP) AS c3", "TRY_CAST(d AS BIGINT) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, d, c2 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
