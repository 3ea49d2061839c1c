from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").filter("value > 25").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "5 minutes"), "category").agg(sum_("value").alias("s"), max_("value").alias("hi"), min_("value").alias("lo"))
OUTPUT_MODE = "update"
