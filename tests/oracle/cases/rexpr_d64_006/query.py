from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, b BOOLEAN, t STRING, d DOUBLE, s STRING, n DECIMAL(9,5)").json(INPUT)
result = df.withColumn("c1", expr("pmod((id * 5), nullif(octet_length(s), 0))")).withColumn("c2", expr("(b OR (k < -2L))")).withColumn("c3", expr("bround(d, -1)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY id"]
