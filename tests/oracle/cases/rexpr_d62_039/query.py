from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nullif(CASE WHEN b THEN f WHEN (f <> 0.1D) THEN f ELSE f END, 100.0D)")).withColumn("c2", F.exp(F.locate("l", F.upper(F.when(col("t").isNotNull(), col("t")).otherwise(col("t"))), 2))).withColumn("c3", (expr("12.345") + col("n"))).withColumn("d", expr("try_multiply(f, d)")).withColumn("c5", (F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) + expr("INTERVAL -3 DAYS"))).select("id", "c1", "c2", "c3", "c5")
OUTPUT_MODE = "append"
