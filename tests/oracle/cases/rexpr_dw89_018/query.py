from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, ts TIMESTAMP, s STRING, k BIGINT, t STRING, m DECIMAL(7,0), j INT, dt DATE, b BOOLEAN").json(INPUT)
result = df.filter((F.array_contains(F.split(col("t"), ","), "o") | (col("f") != lit(-1.5)))).withColumn("c1", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c2", expr("s")).withColumn("c3", (F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) + expr("INTERVAL '90' MINUTE"))).withColumn("c4", (col("id") - col("i"))).where((F.when((col("c1") <= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("j")).otherwise(col("i")).between(lit(5), lit(10)) | (col("j") >= lit(1))))
OUTPUT_MODE = "append"
