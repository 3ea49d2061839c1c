from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, m DECIMAL(10,2), dt DATE, b BOOLEAN, j INT, f FLOAT, ts TIMESTAMP, i INT").json(INPUT)
result = df.select("id", "i", F.cbrt(col("f")).alias("c1"), (expr("(id DIV nullif(i, 0))") + F.abs(col("i"))).alias("c2"), expr("(100BD - i)"), F.least(expr("-3.10"), col("m")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c1 FROM rexpr_q ORDER BY id"]
