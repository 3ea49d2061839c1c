from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(f < -1.5D)").selectExpr("id", "t", "nvl2(TIMESTAMP'1999-12-31 23:59:59.999', ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "(right(s, 2) <= greatest(s, s)) AS c2", "round(greatest(((m * m) + d), 0.5D, CASE WHEN b THEN d WHEN (b IS NOT TRUE) THEN d WHEN b THEN f ELSE f END), 2) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c1 FROM rexpr_q ORDER BY id"]
