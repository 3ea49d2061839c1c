from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), dt DATE, i INT, b BOOLEAN, ts TIMESTAMP, k BIGINT, j INT, s STRING, m DECIMAL(18,6), t STRING, d DOUBLE").json(INPUT)
result = df.filter((col("b") | (col("m") < expr("0.001")))).select("id", F.coalesce(F.date_format(expr("CASE 'a' WHEN 'x-y' THEN ts ELSE ts END"), "Q"), expr("CAST(next_day(dt, 'Mon') AS STRING)"), lit("日本")).alias("c1"), expr("(CASE WHEN b THEN 1L ELSE CASE WHEN (j <> 5) THEN id WHEN (d <> 2.0D) THEN -2L ELSE id END END - date_part('QUARTER', dt))").alias("c2"), expr("(1L * 10)").alias("c3"), F.when(col("b"), expr("('1e2' * CAST(d AS DOUBLE))")).otherwise(F.greatest(col("d"), col("d"), col("d"))).alias("c4")).where((col("i").isin(5, 5) | lit(None).cast("timestamp").isNull()))
OUTPUT_MODE = "append"
