from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, j INT, m DECIMAL(12,4), dt DATE, d DOUBLE, i INT, ts TIMESTAMP, f FLOAT, s STRING").load(INPUT)
result = df.selectExpr("id", "CAST(7 AS DOUBLE) AS c1", "coalesce(m, 0.5) AS c2", "nullif((i + locate('l', t, 1)), 3) AS c3", "(nvl2(endswith(s, 'a'), i, 0) BETWEEN 3 AND -1) AS c4", "((id IS NOT NULL) AND (dt IS NULL)) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
