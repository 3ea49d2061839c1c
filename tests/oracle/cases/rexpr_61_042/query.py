from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, i INT, m DECIMAL(10,2), b BOOLEAN, dt DATE, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3), t STRING, s STRING").load(INPUT)
result = df.select("id", F.coalesce(col("i"), lit(12)).cast("double").alias("c1"), expr("(i - id)").alias("c2"), F.ceil((F.when((col("id") <= lit(3).cast("bigint")), col("i")).when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), col("i")).when(col("b"), col("i")).otherwise(col("i")) + col("m"))).cast("double").alias("c3"), F.when(F.round(F.round(expr("99.99"))).isin(expr("-3.10")), col("s")).when(col("dt").eqNullSafe(col("ts")), col("t")).alias("c4"), expr("lpad(format_number(bround(m, 3), 0), 3, 'ab') AS c5")).filter((col("b") | col("k").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id DESC"]
