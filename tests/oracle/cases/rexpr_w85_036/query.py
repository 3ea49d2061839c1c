from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "trunc(CASE WHEN b THEN dt ELSE DATE'2025-03-01' END, 'WEEK') AS c1", "date_trunc('HOUR', coalesce((ts - INTERVAL '90' MINUTE), ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c2", "((m * i) + 0.1D) AS c3", "date_trunc('SECOND', (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND)) AS c4").where("(m IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
