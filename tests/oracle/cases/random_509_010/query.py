from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.filter(col("category").isin("books", "music")).withWatermark("timestamp", "1 minutes").groupBy("category").agg(max_("value").alias("hi"), sum_("value").alias("s"), min_("value").alias("lo"))
OUTPUT_MODE = "complete"
