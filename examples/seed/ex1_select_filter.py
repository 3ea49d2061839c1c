# Course example 1: Setting Up a Streaming DataFrame.
# Read a stream of JSON files, select two columns, keep the rows with value > 10, add a
# normalized value, and write the stream to the console.
#
# The course's code block, unchanged but for one addition: `.schema(...)`. Spark refuses a
# streaming file source without a schema ([_LEGACY_ERROR_TEMP_2048] "Schema must be specified
# when creating a streaming source DataFrame"; a notebook would have set
# spark.sql.streaming.schemaInference), so the stream's schema is given.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

# Create a Spark Session
spark = SparkSession.builder.appName("StructuredStreamingExample").getOrCreate()

# Read a stream from a directory
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").option("path", "dbfs:/mnt/data/data/streaming-json/").load()

# Inspect the schema of the streaming DataFrame
df.printSchema()

# Select specific columns
df_selected = df.select("timestamp", "value")

# Apply filtering to exclude records with low values
df_filtered = df_selected.filter(col("value") > 10)

# Add a new column with transformed data
df_transformed = df_filtered.withColumn("normalized_value", col("value") / 100)

# Write transformed stream to the console
df_transformed.writeStream.format("console").outputMode("append").start()
