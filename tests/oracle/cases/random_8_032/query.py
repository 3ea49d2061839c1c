from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter((col("value") > 10) & col("category").isNotNull()).withColumn("v2", col("value") * 2).withWatermark("timestamp", "1 minutes").groupBy().agg(sum_("value").alias("s"), max_("value").alias("hi"))
OUTPUT_MODE = "append"
