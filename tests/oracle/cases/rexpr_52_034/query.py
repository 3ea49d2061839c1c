from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (d IS NOT NULL) THEN log1p((d + m)) WHEN (m BETWEEN 99.99 AND 12.345) THEN 100.0D ELSE CAST((n % nullif(n, 0)) AS DOUBLE) END AS c1", "(ascii(t) <= n) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
