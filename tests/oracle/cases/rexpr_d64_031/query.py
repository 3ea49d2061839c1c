from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, d DOUBLE, ts TIMESTAMP, s STRING, b BOOLEAN, m DECIMAL(10,2), j INT").load(INPUT)
result = df.select("id", F.concat(F.nullif(col("s"), lit("x-y")), col("s"), col("m").cast("string")).alias("c1"), (col("id") % F.nullif(col("i"), lit(0))).alias("c2"), expr("try_subtract(m, m)").alias("c3"), col("m").try_cast("bigint").alias("c4"), F.isnan(col("d"))).where(((((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | col("b")) > (col("d") <= lit(0.1))) | col("i").isNotNull()))
OUTPUT_MODE = "append"
