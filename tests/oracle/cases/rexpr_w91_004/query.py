from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, n DECIMAL(5,3), m DECIMAL(10,2), ts TIMESTAMP, s STRING, i INT, dt DATE, d DOUBLE").json(INPUT)
result = df.where(((col("i") != col("d")) | (col("id") <= lit(0).cast("bigint")))).withColumn("c1", F.when((col("d") < lit(0.1)), col("ts")).when(col("i").isin(lit(2), lit(10), lit(-1)), col("ts")).when(F.startswith(col("s"), lit("é")), (col("ts") + expr("INTERVAL '90' MINUTE"))).otherwise(F.date_trunc("yyyy", F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).withColumn("c2", F.lower(F.lpad(col("s"), 0, "*"))).select("id", "c1", "c2").where("(NOT coalesce(((i < 3) OR (k <> 3.75D)), false))")
OUTPUT_MODE = "append"
