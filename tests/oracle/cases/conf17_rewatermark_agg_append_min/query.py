from pyspark.sql.functions import window, window_time, col
df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT").load(INPUT)
first = df.withWatermark("ts", "10 minutes").groupBy(window("ts", "5 minutes")).count()
result = first.select(window_time(col("window")).alias("wt"), "count").withWatermark("wt", "0 seconds").groupBy(window("wt", "30 minutes")).count()
OUTPUT_MODE = "append"
