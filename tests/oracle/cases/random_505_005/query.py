from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter("timestamp >= '2025-03-01 10:09:00'").withColumn("v2", col("value") * 2).withWatermark("timestamp", "3 minutes").groupBy(window("timestamp", "10 minutes", "2 minutes"), "category").agg(count("value").alias("nv"))
OUTPUT_MODE = "update"
