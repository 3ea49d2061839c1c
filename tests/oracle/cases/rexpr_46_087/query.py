from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.when(col("b"), (col("d") >= lit(100.0))).when((col("m").isNotNull() & (col("d") <= lit(3.75))), col("b")).otherwise((lit("x-y") != col("s"))) | col("ts").isNotNull())).select("id", F.round((col("i") * F.abs(col("n"))), -1).alias("c1"), F.when(col("n").isNotNull(), ((lit(-1) * col("id")) * lit(5))).when((col("t") != col("s")), expr("(id DIV nullif(coalesce(i, i, 12), 0))")).otherwise(((col("id") + col("id")) - (lit(-2).cast("bigint") * lit(3)))).alias("c2"), F.abs(F.log(F.months_between(col("ts"), F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), False))).alias("c3"))
OUTPUT_MODE = "append"
