# Course example 5: Writing Transformed Kafka Data Back to Kafka.
# The messages of example 4, key and value as strings, written to another topic.
#
# The course's code blocks of examples 4 and 5 as written, after example 1's set-up, with
# two additions: the import of current_timestamp, and a checkpoint location for the
# session (Spark refuses a Kafka sink without one: "checkpointLocation must be specified
# either through option("checkpointLocation", ...) or
# SparkSession.conf.set("spark.sql.streaming.checkpointLocation", ...)").
# Point `<BROKER_URL>` at a broker with --conf runnel.kafka.bootstrap.servers=HOST:PORT.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col
# Added: the course calls current_timestamp() without importing it.
from pyspark.sql.functions import current_timestamp

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
# --- The course's code block ---
# Added: where the Kafka sink keeps its checkpoint.
spark.conf.set("spark.sql.streaming.checkpointLocation", "dbfs:/mnt/data/checkpoints/")

# --- Example 4 (the stream example 5 writes) ---
kafka_df = spark.readStream.format("kafka")\
    .option("kafka.bootstrap.servers", "<BROKER_URL>")\
    .option("subscribe", "topic_name")\
    .load()

# Deserialize Kafka messages
deserialized_df = kafka_df.selectExpr("CAST(key AS STRING)", "CAST(value AS STRING)")

# Add processing timestamp and filter messages
deserialized_df = deserialized_df.withColumn("processed_at", current_timestamp())\
                                 .filter(col("value").isNotNull())

# --- Example 5 ---
output_df = deserialized_df.selectExpr("CAST(key AS STRING) AS key", "CAST(value AS STRING) AS value")
output_df.writeStream.format("kafka")\
    .option("kafka.bootstrap.servers", "<BROKER_URL>")\
    .option("topic", "output_topic")\
    .start()
