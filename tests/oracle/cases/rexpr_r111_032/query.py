from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "cosh(d / 100)", "exists(map_keys(map_filter(map('a', CASE WHEN b THEN i ELSE i END, 'b', nullif(i, -1)), (k, v) -> v > 0)), x -> x = 'a') AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt, c2 FROM rexpr_q ORDER BY id"]
