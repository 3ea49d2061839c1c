from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, n DECIMAL(9,5), ts TIMESTAMP, m DECIMAL(10,2), dt DATE, s STRING, d DOUBLE, f FLOAT").load(INPUT)
result = df.selectExpr("id", "TRY_CAST('Hello' AS TIMESTAMP) AS c1", "format_number(TRY_CAST(0.001D AS INT), 2) AS c2", "CASE WHEN (n > -3.10) THEN f WHEN (s IS NOT NULL) THEN f WHEN (m <= 0.5) THEN f ELSE d END AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
