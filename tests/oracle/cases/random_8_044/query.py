from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("value > 75 AND category IS NOT NULL").withWatermark("timestamp", "0 minutes").groupBy(window("timestamp", "5 minutes")).agg(avg("value").alias("a"), sum_("value").alias("s"))
OUTPUT_MODE = "append"
