from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(- (- (CASE WHEN b THEN n WHEN (s >= 'Hello') THEN n WHEN b THEN m ELSE n END + nvl(0.5, 1.25)))) AS c1", "last_day(to_date('2024-02-29'))", "CASE WHEN CASE WHEN b THEN b ELSE b END THEN CASE WHEN b THEN n WHEN b THEN m WHEN b THEN n ELSE n END ELSE try_subtract(m, m) END AS c3", "greatest(ts, date_trunc('WEEK', CASE WHEN b THEN ts ELSE ts END), CAST(dt AS TIMESTAMP)) AS c4", "bround(hypot(round((id / nullif(i, 0))), months_between(ts, dt, false)), 2) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id DESC"]
