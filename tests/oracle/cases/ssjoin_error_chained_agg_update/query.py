from pyspark.sql.functions import window, window_time, col, sum as sum_
words = spark.readStream.format("json").schema("timestamp TIMESTAMP, word STRING").load(INPUT)

windowedCounts = words.withWatermark("timestamp", "10 minutes") \
    .groupBy(window("timestamp", "10 minutes")).count()
result = windowedCounts.groupBy(window(window_time(col("window")), "1 hour")).agg(sum_("count").alias("total"))
OUTPUT_MODE = "update"
