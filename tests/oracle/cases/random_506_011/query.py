from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").filter("value > 60 AND category IS NOT NULL").withColumn("v2", col("value") * 2).groupBy("category").agg(max_("value").alias("hi"), sum_("value").alias("s"))
OUTPUT_MODE = "complete"
