from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "0 minutes").filter("category IN ('books', 'music')").withColumn("v2", col("value") * 2).groupBy().agg(count("*").alias("n"), sum_("value").alias("s"), min_("value").alias("lo")).filter(col("n") > 1)
OUTPUT_MODE = "complete"
