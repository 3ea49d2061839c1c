from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "5 minutes").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "2 minutes", "2 minutes"), "category").agg(min_("value").alias("lo"), sum_("value").alias("s"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
