# Course example 2: Processing Streaming Data.
# Sum the values per timestamp and keep the whole result table in memory (complete mode),
# then query it with SQL.
#
# The course's code block as written, after example 1's set-up. In a notebook the SQL
# query runs right after start(): it shows what the query has written by then (here:
# nothing yet); run it again, as a notebook cell is, to see the table fill.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
# Select specific columns and filter data
df_selected = df.select("timestamp", "value").filter(col("value") > 10)

# Group by and aggregate the stream
df_grouped = df_selected.groupBy("timestamp").agg({"value": "sum"})

# Write aggregated data to memory query
query = df_grouped.writeStream.format("memory").queryName("streaming_aggregates").outputMode("complete").start()

# Query the results in memory
spark.sql("SELECT * FROM streaming_aggregates ORDER BY timestamp DESC").show()
