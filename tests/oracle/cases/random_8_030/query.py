from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").filter("timestamp >= '2025-03-01 10:08:00'").groupBy(window("timestamp", "2 minutes")).agg(count("*").alias("n"))
OUTPUT_MODE = "update"
