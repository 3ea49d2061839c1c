from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "next_day(CASE WHEN (id > 3L) THEN dt END, 'TU') AS c1", "ceil(-3.10) AS c2").filter(F.coalesce((col("dt").isNotNull() & (~col("i").isin(lit(5), lit(2)))), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
