from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("ts") != F.when(col("s").isNotNull(), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("c1"), F.when((~F.coalesce(col("b"), lit(False))), col("m")).when(col("b"), col("n")).otherwise(col("m")), expr("bround(d, 2)").alias("c3"), expr("(CASE WHEN b THEN ts WHEN b THEN ts END - INTERVAL 1 DAY)").alias("c4"))
OUTPUT_MODE = "append"
