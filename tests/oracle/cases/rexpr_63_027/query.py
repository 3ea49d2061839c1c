from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "s", "rtrim(left(concat_ws('|', s, CAST(dt AS STRING)), 4)) AS c1", "(i BETWEEN 1 AND 10) AS c2", "CAST(dt AS INT) AS c3", "CASE (id >= -2L) WHEN true THEN id ELSE 86400L END").filter((col("f") >= lit(100.0)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT s FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
