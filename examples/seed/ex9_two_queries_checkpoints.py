# Course example 9: Checkpointing with Multiple Sinks.
# The same stream written to Parquet and to Delta, each query with its own checkpoint: stop
# it at any moment (Ctrl-C, kill -9) and run it again, and it resumes where it was, with
# nothing lost and nothing written twice.
#
# The course's code block as written, after example 1's set-up.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
# Write stream data to Parquet and Delta sinks with checkpointing
query_parquet = df.writeStream\
    .format("parquet")\
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/parquet/")\
    .option("path", "dbfs:/mnt/data/output/parquet/")\
    .start()

query_delta = df.writeStream\
    .format("delta")\
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/delta/")\
    .option("path", "dbfs:/mnt/data/output/delta/")\
    .start()

query_parquet.awaitTermination()
query_delta.awaitTermination()
