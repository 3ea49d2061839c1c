from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i IS NOT NULL)").select("id", (col("dt") > lit(5)).alias("c1"), (col("m") * col("m")).alias("c2"), F.timestamp_seconds(((col("i") + col("i")) * lit(10))).cast("date").alias("c3"), expr("CAST((f IN (0.001D, 0.001D, 100.0D)) AS STRING)").alias("c4")).filter("(NOT coalesce((b AND b), false))")
OUTPUT_MODE = "append"
