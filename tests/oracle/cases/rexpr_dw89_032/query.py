from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("dt") == F.date_add(col("dt"), col("i"))) | col("d").isNotNull())).select("id", (col("i") >= col("id")).alias("c1"), F.least(F.bround(col("n"), 2), col("m")).alias("c2"), F.when(col("n").isin(expr("12.345"), expr("100BD"), lit(-3.10).cast("decimal(3,2)")), col("d").try_cast("decimal(12,2)")).when(col("b"), col("n")).when(col("i").between(lit(5), lit(-1)), (col("n") + col("i"))).otherwise(F.bround(col("n"), 3)).alias("c3"), expr("(bit_length(s) / 3.0D) AS c4"), expr("length(s)").alias("c5"))
OUTPUT_MODE = "append"
