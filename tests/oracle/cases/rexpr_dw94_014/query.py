from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(k > 1L)").select("id", (((col("id") - col("i")) % F.nullif((col("i") - col("i")), lit(0))) % F.nullif(col("j"), lit(0))).alias("c1"), expr("CAST((i & -1) AS INT)").alias("c2"), F.round((col("i") - col("m")), 0))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
