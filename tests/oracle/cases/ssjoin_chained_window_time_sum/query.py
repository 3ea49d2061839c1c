from pyspark.sql.functions import window, window_time, col, sum as sum_
words = spark.readStream.format("json").schema("timestamp TIMESTAMP, word STRING").load(INPUT)

# Chained time window aggregations (append mode): 10 minute counts rolled up into 1 hour windows
# by window_time of the first window.
windowedCounts = words.withWatermark("timestamp", "10 minutes") \
    .groupBy(window("timestamp", "10 minutes")).count()
result = windowedCounts.groupBy(window(window_time(col("window")), "1 hour")).agg(sum_("count").alias("total"))
OUTPUT_MODE = "append"
