from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, k BIGINT, b BOOLEAN, d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP, i INT, j INT, dt DATE").json(INPUT)
result = df.where("b").selectExpr("id", "ifnull((s <> concat(s, s)), true) AS c1", "(i + (i - 10)) AS c2").filter((col("s") <= lit("42")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
