from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.nanvl(col("d"), col("s")).alias("c1"), expr("(i / nullif(f, 0)) AS c2"), F.bround(F.negative(F.when(col("b"), col("f")).when(col("b"), col("f")).when(col("b"), col("d")).otherwise(col("d"))), -1).alias("c3"), expr("nvl2(f, (id + -1), 86400L)").alias("c4"), expr("tanh(csc(nullif(d, 0)))").alias("c5")).where("((1.25 != nullif(-1, -1)) OR (id < 0L))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5, c4 FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id"]
