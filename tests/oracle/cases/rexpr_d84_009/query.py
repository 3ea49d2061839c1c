from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((~col("i").isin(lit(5), lit(2), lit(1))) | col("b").isNull())).select("id", expr("lcase(s)"), expr("nullif(0.001D, -1.5D)").alias("c2"), (((col("d") >= lit(float("nan"))) < (col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00")))) & col("b")).alias("c3"))
OUTPUT_MODE = "append"
