from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("d") / F.nullif(lit(-1.5), lit(0))).alias("k1"), "i").agg(F.min(F.lower(col("t"))).alias("a1"), expr("round(avg(i), 2) AS a2"), expr("min(i) AS a3"), F.min(F.when(col("id").cast("boolean"), F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).otherwise(col("ts"))).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
