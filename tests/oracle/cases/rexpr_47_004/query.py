from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, dt DATE, s STRING, i INT, d DOUBLE, k BIGINT, m DECIMAL(18,6), t STRING").load(INPUT)
result = df.select("id", "i", col("m").cast("decimal(3,1)").alias("c1"), expr("CAST(b AS STRING)").alias("c2"), F.nvl2(F.quarter(col("dt")), col("dt"), F.to_date(lit("2025-03-01"))).alias("c3"), F.next_day(F.add_months(F.add_months(col("dt"), col("i")), col("i")), "SUN").alias("c4")).where((F.nvl2(F.least(F.to_timestamp(lit("2024-03-01 12:30:00.123456")), F.to_timestamp(lit("1999-12-31 23:59:59.999")), F.to_timestamp(lit("2024-02-29 00:00:00"))), (col("i") <= lit(0)), lit(True)) | (col("c3") != F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
