from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.filter("timestamp >= '2025-03-01 10:09:00'").groupBy(window("timestamp", "2 minutes")).agg(count("*").alias("n"), avg("value").alias("a"))
OUTPUT_MODE = "update"
