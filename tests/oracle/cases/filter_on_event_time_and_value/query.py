df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col, window, avg
result = df.withWatermark("timestamp", "2 minutes").filter((col("timestamp") > "2025-03-01 10:01:00") & (col("value") > 20)).groupBy(window("timestamp", "5 minutes"), "category").agg(avg("value").alias("mean"))
OUTPUT_MODE = "update"
