from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.make_date(lit(2024), F.month(F.nullif(col("dt"), F.to_date(lit("2023-12-31")))), lit(28)).alias("c1"), F.dayofmonth((F.date_trunc("MINUTE", col("ts")) + expr("INTERVAL -3 DAYS"))).alias("c2"), F.trunc(F.when((~col("b")), col("dt")).when(col("b"), F.nvl2(col("i"), col("dt"), F.to_date(lit("2025-03-01")))).otherwise(col("dt")), "YEAR").alias("c3"), (col("n") / expr("2.5")).alias("c4"), (F.when(col("b"), col("d")).when((col("k") <= lit(3).cast("bigint")), col("d")).when(col("b"), lit(0.1)).otherwise(lit(2.0)) + col("d")).alias("c5"))
OUTPUT_MODE = "append"
