# Course example 1: select, filter and a derived column on a stream of JSON files, to the console.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StreamingExample1").getOrCreate()

# The course reads without a schema; Spark refuses a streaming file source without one
# ([_LEGACY_ERROR_TEMP_2048] "Schema must be specified when creating a streaming source DataFrame"),
# so the schema is given here. The original line:
# df = spark.readStream.format("json").load("dbfs:/mnt/data/streaming_input")
df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

df.printSchema()

df_selected = df.select("timestamp", "value")
df_filtered = df_selected.filter(col("value") > 10)
df_transformed = df_filtered.withColumn("normalized_value", col("value") / 100)

query = df_transformed.writeStream \
    .outputMode("append") \
    .format("console") \
    .start()

query.awaitTermination()
