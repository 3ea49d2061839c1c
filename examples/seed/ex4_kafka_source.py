# Course example 4: a Kafka source, JSON values parsed into columns, to the console.
# Waits for the Kafka and Delta issue (#6): until then `runnel submit` stops with
# [DATA_SOURCE_NOT_FOUND] Failed to find the data source: kafka.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, from_json

spark = SparkSession.builder.appName("StreamingExample4").getOrCreate()

df = spark.readStream.format("kafka") \
    .option("kafka.bootstrap.servers", "localhost:9092") \
    .option("subscribe", "events") \
    .option("startingOffsets", "earliest") \
    .load()

events = df.select(from_json(col("value").cast("string"), "timestamp TIMESTAMP, category STRING, value DOUBLE").alias("e")) \
    .select("e.*")

query = events.writeStream.outputMode("append").format("console").start()
query.awaitTermination()
