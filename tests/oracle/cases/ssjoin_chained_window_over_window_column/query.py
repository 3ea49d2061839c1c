from pyspark.sql.functions import window, window_time, col, sum as sum_
words = spark.readStream.format("json").schema("timestamp TIMESTAMP, word STRING").load(INPUT)

# Chained aggregation with window() applied directly to the first aggregation's window column,
# over sliding first-level windows, grouped by word as in the guide.
windowedCounts = words.withWatermark("timestamp", "10 minutes") \
    .groupBy(window("timestamp", "10 minutes", "5 minutes"), "word").count()
result = windowedCounts.groupBy(window(windowedCounts.window, "1 hour"), windowedCounts.word).count()
OUTPUT_MODE = "append"
