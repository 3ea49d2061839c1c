from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter((col("value") > 25) & col("category").isNotNull()).withWatermark("timestamp", "0 minutes").groupBy().agg(sum_("value").alias("s"), min_("value").alias("lo"))
OUTPUT_MODE = "update"
