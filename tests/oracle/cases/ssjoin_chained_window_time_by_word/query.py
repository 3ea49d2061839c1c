from pyspark.sql.functions import window, window_time, col, sum as sum_
words = spark.readStream.format("json").schema("timestamp TIMESTAMP, word STRING").load(INPUT)

# The guide's anotherWindowedCounts: sliding 10/5 minute counts per word rolled up per hour with window_time.
windowedCounts = words.withWatermark("timestamp", "10 minutes") \
    .groupBy(window("timestamp", "10 minutes", "5 minutes"), "word").count()
result = windowedCounts.groupBy(window(window_time(windowedCounts.window), "1 hour"), windowedCounts.word) \
    .agg(sum_("count").alias("total"))
OUTPUT_MODE = "append"
