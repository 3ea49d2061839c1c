from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(NOT i) AS c1", "least(s, t, s) AS c2", "(-1.5D - second(ts))", "CASE WHEN (ts IS NOT NULL) THEN date_trunc('QUARTER', ts) WHEN (k = 1L) THEN ts WHEN false THEN ts ELSE CAST(i AS TIMESTAMP) END AS c4", "(d * ln(degrees(d))) AS c5").where(F.coalesce(F.nvl2((col("c5") != lit(0.001)), (col("id") != lit(-2).cast("bigint")), lit(True)), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c2 FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
