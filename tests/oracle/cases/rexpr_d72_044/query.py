from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(t <= 'abc')").selectExpr("id", "trim(split_part(s, ' ', -1)) AS c1", "base64(s) AS c2").filter("(((k IS NULL) OR (i IS NOT NULL)) OR (NOT b))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
