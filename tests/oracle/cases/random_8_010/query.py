from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "0 minutes").filter((col("value") > 25) & col("category").isNotNull()).groupBy(window("timestamp", "5 minutes")).agg(min_("value").alias("lo"), max_("value").alias("hi"), count("*").alias("n"))
OUTPUT_MODE = "append"
