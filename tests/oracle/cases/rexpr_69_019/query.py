from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((date_trunc('SECOND', CASE b WHEN true THEN ts ELSE ts END) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) + INTERVAL 1 DAY) AS c1", "nullif(if((j > 3), ts, ts), TIMESTAMP'1999-12-31 23:59:59.999')", "(i + i)", "(((ts - INTERVAL '90' MINUTE) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) + INTERVAL '90' MINUTE) AS c4", "exp(d) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c1 FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id DESC"]
