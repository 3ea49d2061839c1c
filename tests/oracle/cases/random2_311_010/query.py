from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").withColumn("v10", round_(col("value") / 10, 1)).filter("value IS NOT NULL AND value BETWEEN 5 AND 95").groupBy(window("timestamp", "6 minutes", "3 minutes", "1 minute"), "category").agg(sum_("value").alias("s"))
OUTPUT_MODE = "complete"
