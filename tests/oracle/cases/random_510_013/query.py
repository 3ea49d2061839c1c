from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").filter((col("value") > 10) & col("category").isNotNull()).withColumn("v2", col("value") * 2).select("timestamp", "category", "value")
OUTPUT_MODE = "append"
