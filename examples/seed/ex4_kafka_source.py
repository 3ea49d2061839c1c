# Course example 4: Reading Data from Kafka and Applying Transformations.
# Read a Kafka topic as a stream, turn the binary key and value into strings, add the time
# each row was processed, drop messages without a value, and print them to the console.
#
# The course's code block as written, after example 1's set-up (and one import). `<BROKER_URL>`
# stays a placeholder: point it at a broker with
#   runnel submit examples/seed/ex4_kafka_source.py --conf runnel.kafka.bootstrap.servers=127.0.0.1:9092
# As in Spark, the stream starts at the topic's end (startingOffsets "latest"): it prints
# the messages produced after it started.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col
# Added: the course calls current_timestamp() without importing it.
from pyspark.sql.functions import current_timestamp

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
# --- The course's code block ---
kafka_df = spark.readStream.format("kafka")\
    .option("kafka.bootstrap.servers", "<BROKER_URL>")\
    .option("subscribe", "topic_name")\
    .load()

# Deserialize Kafka messages
deserialized_df = kafka_df.selectExpr("CAST(key AS STRING)", "CAST(value AS STRING)")

# Add processing timestamp and filter messages
deserialized_df = deserialized_df.withColumn("processed_at", current_timestamp())\
                                 .filter(col("value").isNotNull())

# Write transformed messages to the console
deserialized_df.writeStream.format("console").start()
