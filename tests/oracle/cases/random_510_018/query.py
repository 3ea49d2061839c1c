from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").groupBy(window("timestamp", "10 minutes"), "category").agg(min_("value").alias("lo"), count("value").alias("nv"), count("*").alias("n"))
OUTPUT_MODE = "complete"
