from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").filter((col("value") > 75) & col("category").isNotNull()).groupBy(window("timestamp", "2 minutes", "1 minutes"), "category").agg(count("*").alias("n"), min_("value").alias("lo"), sum_("value").alias("s")).filter(col("n") > 1)
OUTPUT_MODE = "update"
