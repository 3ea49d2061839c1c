from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, i INT, t STRING, m DECIMAL(18,6), b BOOLEAN, j INT, n DECIMAL(5,3), ts TIMESTAMP, dt DATE").json(INPUT)
result = df.selectExpr("id", "t", "(substring(CASE WHEN b THEN s WHEN (n < 12.345) THEN t WHEN b THEN '2024-02-29' END, 0, 3) RLIKE 'o$') AS c1", "weekday(DATE'2000-01-01')").where((col("j") <= lit(10)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT t FROM rexpr_q ORDER BY id"]
