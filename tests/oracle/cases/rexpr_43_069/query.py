from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, d DOUBLE, dt DATE, j INT, m DECIMAL(7,0), i INT, s STRING, ts TIMESTAMP, b BOOLEAN, n DECIMAL(20,0)").json(INPUT)
result = df.where("(('o' LIKE 'H%') OR (n IS NOT NULL))").selectExpr("id", "substring(CAST(id AS STRING), -3, 3) AS c1", "TRY_CAST(d AS DECIMAL(6,3)) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
