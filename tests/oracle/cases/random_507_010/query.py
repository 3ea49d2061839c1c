from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "0 minutes").filter("timestamp >= '2025-03-01 10:08:00'").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "5 minutes", "2 minutes"), "category").agg(count("*").alias("n"), avg("value").alias("a")).filter(col("n") > 1)
OUTPUT_MODE = "update"
