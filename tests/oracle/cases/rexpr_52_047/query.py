from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(((id IS NOT NULL) AND b) OR (id IS NOT NULL))").select("id", "b", F.when(((col("t") >= lit("a")) == (col("s") != col("t"))), F.when(col("b"), col("d")).when(col("b"), col("d")).when((col("id") != lit(1).cast("bigint")), col("d")).otherwise(col("d"))).alias("c1"), expr("pmod(coalesce((id - i), 1000L, -2L), nullif(j, 0))").alias("c2"), expr("date_add(to_date('2025-03-01'), i) AS c3"), ((col("n") * col("i")) > col("d")).alias("c4"), (F.weekofyear(col("dt")) - F.month(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c5 FROM rexpr_q ORDER BY id"]
