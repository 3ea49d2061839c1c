from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("timestamp") >= "2025-03-01 10:03:00").withColumn("v2", col("value") * 2).withWatermark("timestamp", "1 minutes").groupBy(window("timestamp", "5 minutes"), "category").agg(avg("value").alias("a"), max_("value").alias("hi"), count("*").alias("n"))
OUTPUT_MODE = "update"
