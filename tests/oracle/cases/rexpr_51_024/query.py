from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, dt DATE, s STRING, j INT, m DECIMAL(7,0), t STRING, i INT, k BIGINT, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.withColumn("c1", expr("(ts <=> dt)")).withColumn("c2", expr("round((ceil(12.345) / -4.5))")).withColumn("c3", F.greatest(F.second(F.date_trunc("DAY", F.to_timestamp(lit("2024-02-29 00:00:00")))), F.hash((col("id") == lit(1000).cast("bigint")), col("dt")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
