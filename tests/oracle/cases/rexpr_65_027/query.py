from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT b)").selectExpr("id", "(m / 10) AS c1", "CASE WHEN b THEN k WHEN (s < 'abc') THEN id WHEN (m <= 1.25) THEN k ELSE CAST(NULL AS BIGINT) END")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
