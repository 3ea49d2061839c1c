# Course example 8: Using Watermarking for Late Data Management.
# The windowed count with a 5-minute watermark: events later than that are dropped, and
# windows the watermark has passed leave the state. Update mode prints the changed windows.
#
# The course's code block as written, after example 1's set-up (and example 7's import of
# window).

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
from pyspark.sql.functions import window

watermarked_df = df.withWatermark("timestamp", "5 minutes")\
    .groupBy(window(col("timestamp"), "10 minutes"), "category").count()

# Write watermarked results to the console
watermarked_df.writeStream.format("console").outputMode("update").start()
