from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x BIGINT, s STRING, d DOUBLE").load(INPUT)
result = df.groupBy("g").agg(F.approx_count_distinct("x").alias("ax"), F.approx_count_distinct("s").alias("as_"),
    F.approx_count_distinct("d", 0.01).alias("ad"), F.approx_count_distinct("x", 0.2).alias("ax2"), F.count("x").alias("n"))
OUTPUT_MODE = "complete"
