from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((~(col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00")))) | col("b").isNull())).select("id", F.when((F.isnan(col("d")) | (~F.coalesce(col("b"), lit(False)))), col("ts")).when((~col("b")), F.date_trunc("MINUTE", F.to_timestamp(lit("1999-12-31 23:59:59.999")))).when(col("b"), col("ts")).otherwise(col("ts")).alias("c1"), expr("hash(i)").alias("c2"), F.round(col("n"), 1).alias("c3"))
OUTPUT_MODE = "append"
