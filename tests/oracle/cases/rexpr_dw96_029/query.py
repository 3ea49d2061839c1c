from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))).select("id", (F.least(col("i"), col("i"), F.try_multiply(col("i"), col("j"))) - (F.nvl2(col("d"), col("id"), lit(86400).cast("bigint")) - col("id"))).alias("c1"), expr("make_date(year(dt), 2, 30)").alias("c2"), expr("mask(conv(t, 10, 16))"), expr("(CASE WHEN b THEN dt WHEN true THEN dt WHEN b THEN dt END - INTERVAL 1 DAY)").alias("c4"), expr("array_join(split(s, '-'), '/')").alias("c5")).filter((lit(10).isin(5, 5) | col("c1").isNotNull()))
OUTPUT_MODE = "append"
