from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "CASE i WHEN 2 THEN d WHEN 3 THEN d ELSE d END AS c1", "(d * (10 * i)) AS c2", "CAST(CASE WHEN (d <=> i) THEN i ELSE instr(s, 'a') END AS TIMESTAMP) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt, c2, c1 FROM rexpr_q ORDER BY dt DESC NULLS FIRST, id DESC"]
