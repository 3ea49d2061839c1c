from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.trunc(F.trunc(F.when(col("b"), F.to_date(lit("2024-02-29"))), "YEAR"), "Q").alias("c1"), F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c2"), F.when(col("b"), F.trunc(col("dt"), "MM")).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).alias("c3"))
OUTPUT_MODE = "append"
