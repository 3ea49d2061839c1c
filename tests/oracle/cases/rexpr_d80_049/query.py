from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, i INT, n DECIMAL(5,3), b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, t STRING, dt DATE").json(INPUT)
result = df.filter("(NOT coalesce((b AND (ts IS NOT NULL)), false))").selectExpr("id", "ts", "nullif(sqrt(i), 0.1D) AS c1", "CASE WHEN (t <= 'o') THEN date_trunc('MONTH', ts) WHEN (id IS NOT NULL) THEN date_trunc('HOUR', (ts + INTERVAL 1 DAY)) WHEN (id IS NULL) THEN if((t = '2024-02-29'), ts, timestamp_millis(i)) ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END AS c2", "least(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), (CASE WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (i <= -1) THEN ts WHEN b THEN ts ELSE ts END - INTERVAL '1 02:03:04.000005' DAY TO SECOND), ts) AS c3", "(m + 0.5) AS c4", "greatest(n, (n / 10.5), CASE WHEN b THEN n WHEN b THEN m ELSE n END)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
