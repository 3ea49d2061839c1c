from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("i") == lit(1)), col("m")).otherwise(((col("m") + expr("0.5")) % expr("2.5")))).withColumn("c2", expr("CAST(d AS INT)")).withColumn("c3", expr("((id IS NOT NULL) OR (ts = TIMESTAMP'2024-02-29 00:00:00'))")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
