# Course example 7: counts per 10-minute window and category, update mode, to the console.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, window

spark = SparkSession.builder.appName("StreamingExample7").getOrCreate()

# The course reads without a schema; Spark refuses a streaming file source without one
# ([_LEGACY_ERROR_TEMP_2048] "Schema must be specified when creating a streaming source DataFrame"),
# so the schema is given here. The original line:
# df = spark.readStream.format("json").load("dbfs:/mnt/data/streaming_input")
df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

windowed = df.groupBy(window(col("timestamp"), "10 minutes"), "category").count()

query = windowed.writeStream \
    .outputMode("update") \
    .format("console") \
    .option("truncate", "false") \
    .start()

query.awaitTermination()
