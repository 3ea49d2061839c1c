# Course example 7: Complex Tumbling Window Aggregation.
# Count the events per 10-minute window and category; update mode writes the windows each
# batch changed to a memory table, queried with SQL.
#
# The course's code block as written, after example 1's set-up. The SQL query runs right
# after start(), as in a notebook: it shows what the query has written by then.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
from pyspark.sql.functions import window

# Perform window-based aggregation on streaming data
aggregated_df = df.groupBy(window(col("timestamp"), "10 minutes"), "category").count()

# Write results to memory
tag_query = aggregated_df.writeStream\
    .outputMode("update")\
    .format("memory")\
    .queryName("windowed_aggregates")\
    .start()

# Query the results in memory
spark.sql("SELECT * FROM windowed_aggregates").show()
