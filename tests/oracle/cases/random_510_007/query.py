from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").filter(col("timestamp") >= "2025-03-01 10:04:00").withColumn("v2", col("value") * 2).dropDuplicates(["category", "timestamp"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
