from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, x BIGINT").load(INPUT)
result = (df.withWatermark("ts", "10 minutes").groupBy(F.window("ts", "1 hour"))
    .agg(F.approx_count_distinct("x").alias("a"), F.approx_count_distinct(F.col("x") % 97).alias("b")))
OUTPUT_MODE = "update"
