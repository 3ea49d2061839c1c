from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, m DECIMAL(10,2), d DOUBLE, i INT, j INT, b BOOLEAN, s STRING, k BIGINT, dt DATE").json(INPUT)
result = df.withColumn("c1", expr("coalesce((ts < TIMESTAMP'2024-02-29 00:00:00'), false)")).withColumn("c2", col("i")).withColumn("c3", F.trunc(F.to_date(lit("2025-03-01")), "yy"))
OUTPUT_MODE = "append"
