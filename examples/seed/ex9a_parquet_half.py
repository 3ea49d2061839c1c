# Course example 9, its Parquet half: two queries over one stream, each with its own
# checkpoint. Raw events go to Parquet; 10-minute counts (append mode, watermark 5 minutes)
# go to Parquet too (the course writes them to Delta, which comes with the Kafka/Delta issue).
# Stop it at any moment (Ctrl-C, kill -9) and run it again: it resumes from its checkpoints,
# with nothing lost and nothing written twice.
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
    .writeStream.format("parquet").outputMode("append") \
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/ex9_counts") \
    .start("dbfs:/mnt/data/out/counts_parquet")

spark.streams.awaitAnyTermination()
