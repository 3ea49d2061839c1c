from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((F.upper(col("s")) <= col("s")), lit(False)))).selectExpr("id", "(bround(d, 1) * CASE WHEN (s IS NOT NULL) THEN -2L WHEN b THEN id WHEN b THEN 1000L ELSE id END) AS c1", "CAST((id > i) AS INT) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
