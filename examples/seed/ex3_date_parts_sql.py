# Course example 3: date parts, a filter on them, a memory sink and spark.sql(...).show() over it.
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, year, month, dayofmonth

spark = SparkSession.builder.appName("StreamingExample3").getOrCreate()

# The course reads without a schema; Spark refuses a streaming file source without one
# ([_LEGACY_ERROR_TEMP_2048] "Schema must be specified when creating a streaming source DataFrame"),
# so the schema is given here. The original line:
# df = spark.readStream.format("json").load("dbfs:/mnt/data/streaming_input")
df = spark.readStream.format("json") \
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .load("dbfs:/mnt/data/streaming_input")

df_with_date = df.withColumn("year", year("timestamp")) \
                 .withColumn("month", month("timestamp")) \
                 .withColumn("day", dayofmonth("timestamp"))
df_filtered = df_with_date.filter(col("year") == 2025)

query = df_filtered.writeStream \
    .outputMode("append") \
    .format("memory") \
    .queryName("filtered_stream") \
    .start()

query.processAllAvailable()
spark.sql("SELECT category, count(*) AS events, round(avg(value), 2) AS mean FROM filtered_stream GROUP BY category ORDER BY category").show()
spark.sql("SELECT * FROM filtered_stream ORDER BY timestamp LIMIT 5").show()
