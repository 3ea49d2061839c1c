from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(last_day(DATE'2023-12-31') <=> add_months(dt, i)) AS c1", "(b AND b) AS c2", "CASE WHEN (s IS NOT NULL) THEN ts WHEN (i = 2) THEN ts WHEN b THEN ts ELSE ts END AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
