# Course example 6: Streaming Aggregated Data from Delta Lake.
# A Delta table read as a stream (each new table version is new data), the average value per
# category, written to another Delta table; complete mode rewrites it every batch.
#
# The course's code block as written, after example 1's set-up.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
from pyspark.sql.functions import avg, col

delta_df = spark.readStream.format("delta").option("path", "dbfs:/mnt/data/data/delta-table/").load()

# Perform aggregation on streaming data
delta_aggregated = delta_df.groupBy("category").agg(avg(col("value")).alias("avg_value"))

# Write aggregated results to a new Delta table
delta_aggregated.writeStream\
    .format("delta")\
    .outputMode("complete")\
    .option("checkpointLocation", "dbfs:/mnt/data/checkpoints/delta/")\
    .option("path", "dbfs:/mnt/data/output/delta-aggregated/")\
    .start()
