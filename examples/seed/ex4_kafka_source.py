# Course example 4: a Kafka source, JSON values parsed into columns, to the console.
# Run against a local broker: runnel submit examples/seed/ex4_kafka_source.py --once
#   --conf runnel.kafka.bootstrap.servers=127.0.0.1:9092 (tests/kafka/kafka_test.py does so with tansu).
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
