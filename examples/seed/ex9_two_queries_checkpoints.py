# Course example 9: two queries over one stream with checkpoints: raw events to Parquet and
# 10-minute counts to Delta, restartable with nothing lost and nothing doubled.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, window

spark = SparkSession.builder.appName("StreamingExample9").getOrCreate()

df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

raw = df.writeStream.format("parquet") \
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/ex9_raw") \
    .option("path", "dbfs:/mnt/data/out/raw_parquet") \
    .start()

counts = df.withWatermark("timestamp", "5 minutes") \
    .groupBy(window(col("timestamp"), "10 minutes"), "category").count() \
    .writeStream.format("delta").outputMode("append") \
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/ex9_counts") \
    .start("dbfs:/mnt/data/out/counts_delta")

spark.streams.awaitAnyTermination()
