# Course example 3: Writing Stream to Memory with Additional Transformations.
# Extract year, month and day from the timestamp, keep the events of 2025, write them to a
# memory table and query it with SQL.
#
# The course's code block as written, after example 1's set-up.

# --- Set-up from example 1 (the course runs its examples in one notebook, after example 1) ---
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()
# --- The course's code block ---
from pyspark.sql.functions import year, month, dayofmonth

# Extract date components from the timestamp
df_with_date = df.withColumn("year", year("timestamp"))\
                  .withColumn("month", month("timestamp"))\
                  .withColumn("day", dayofmonth("timestamp"))

# Filter for records in a specific year
df_filtered = df_with_date.filter(col("year") == 2025)

# Write filtered results to memory
query = df_filtered.writeStream\
    .format("memory")\
    .queryName("filtered_stream")\
    .outputMode("append")\
    .start()

# Query the memory table
spark.sql("SELECT * FROM filtered_stream").show()
