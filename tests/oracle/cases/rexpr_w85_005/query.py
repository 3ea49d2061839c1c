from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END), (id % nullif(i, 0)), 0L) AS c1", "(id / 3.0D) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
