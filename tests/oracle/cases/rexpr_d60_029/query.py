from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(CAST(NULL AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00') AS c1", "CAST(m AS DECIMAL(3,1)) AS c2", "split_part(s, ' ', 2) AS c3", "abs((((5 * i) * bround(m, 3)) / nullif(-4, 0))) AS c4", "nullif(CASE WHEN ((id % 10) IS NOT NULL) THEN (CAST(i AS BIGINT) DIV nullif(i, 0)) ELSE 0L END, 1L) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4 FROM rexpr_q ORDER BY id"]
