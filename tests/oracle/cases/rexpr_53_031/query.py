from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, i INT, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(12,4), d DOUBLE, n DECIMAL(4,1)").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (i BETWEEN 0 AND 2) THEN id WHEN (i BETWEEN 0 AND 1) THEN id WHEN (f < 100.0D) THEN ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) END")).withColumn("c2", expr("left(s, 2)")).withColumn("c3", (col("n") / expr("2.5"))).withColumn("c4", (F.when(F.coalesce((col("i") <= lit(3)), col("f").isNotNull(), lit(True)), col("ts")).when((col("m") <= lit(99.99).cast("decimal(4,2)")), col("dt").cast("timestamp")).otherwise(col("ts")) + expr("INTERVAL '90' MINUTE"))).drop("i", "ts", "dt", "m", "n")
OUTPUT_MODE = "append"
