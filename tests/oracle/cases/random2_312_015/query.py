from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").groupBy(window("timestamp", "6 minutes", "3 minutes", "1 minute"), "category").agg(avg("value").alias("a"))
OUTPUT_MODE = "append"
