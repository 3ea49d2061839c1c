# Course example 2: aggregation (sum per timestamp) in complete mode into a memory table, queried with SQL.
# Needs the stateful streaming issue (#3): done.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col

spark = SparkSession.builder.appName("StreamingExample2").getOrCreate()

# The course reads without a schema; Spark refuses a streaming file source without one
# ([_LEGACY_ERROR_TEMP_2048] "Schema must be specified when creating a streaming source DataFrame"),
# so the schema is given here. The original line:
# df = spark.readStream.format("json").load("dbfs:/mnt/data/streaming_input")
df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

df_selected = df.select("timestamp", "value").filter(col("value") > 10)
df_aggregated = df_selected.groupBy("timestamp").agg({"value": "sum"})

query = df_aggregated.writeStream \
    .outputMode("complete") \
    .format("memory") \
    .queryName("streaming_aggregates") \
    .start()

# In Spark the memory table fills in the background; wait for what is there.
query.processAllAvailable()
spark.sql("SELECT * FROM streaming_aggregates ORDER BY timestamp DESC").show()
