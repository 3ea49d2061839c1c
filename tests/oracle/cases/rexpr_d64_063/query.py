from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("(j <= id)").alias("c1"), F.timestamp_millis((lit(1) - col("i"))).alias("c2"), expr("CASE WHEN true THEN id WHEN (id = 0L) THEN id WHEN (id >= 0L) THEN id ELSE id END").alias("c3"), (col("d") - F.when((col("f") >= lit(0.5)), col("id")).when((col("j") < lit(5)), col("id")).otherwise(col("id"))).alias("c4")).filter(((col("t").isNotNull() == col("m").isNotNull()) | (col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
