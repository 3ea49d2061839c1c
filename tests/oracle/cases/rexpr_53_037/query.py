from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, n DECIMAL(4,1), d DOUBLE, m DECIMAL(12,4), k BIGINT, b BOOLEAN, t STRING, j INT, dt DATE, s STRING, i INT").json(INPUT)
result = df.selectExpr("id", "i", "(d / nullif(size(split(right(coalesce(t, 'o', '2024-02-29'), 0), ',')), 0)) AS c1", "CASE WHEN isnull((ts - INTERVAL 1 DAY)) THEN id WHEN (b IS NOT NULL) THEN k WHEN b THEN k ELSE id END AS c2", "format_number(octet_length('Hello'), 3) AS c3", "substring(sha2(CAST(round(d) AS STRING), 256), -3, 10) AS c4", "CASE WHEN (b AND b) THEN d WHEN (b AND b) THEN d ELSE d END AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c1 FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
