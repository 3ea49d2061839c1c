from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(38,10), b BOOLEAN, dt DATE, t STRING, j INT, i INT, d DOUBLE, s STRING, ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.select("id", ((col("i") - col("i")) - (col("m") / F.nullif(col("j"), lit(0)))).alias("c1"), expr("string(nvl2(s, i, i)) AS c2"), F.least(col("m"), col("m"), (col("m") * col("m"))).alias("c3"), F.substr(F.when((col("t") != lit("a")), col("t")).when(col("b"), lit("x-y")).when(col("b"), lit("2024-02-29")).otherwise(col("s")), lit(-3), lit(0))).filter((lit("a").startswith("a") | (col("k") < lit(-2).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
