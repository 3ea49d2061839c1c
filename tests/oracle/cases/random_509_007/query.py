from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter(col("timestamp") >= "2025-03-01 10:06:00").withWatermark("timestamp", "5 minutes").groupBy(window("timestamp", "10 minutes"), "category").agg(max_("value").alias("hi"))
OUTPUT_MODE = "update"
