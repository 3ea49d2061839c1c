from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").withColumn("v10", round_(col("value") / 10, 1)).groupBy(window("timestamp", "5 minutes"), "category").agg(max_("timestamp").alias("last"), sum_("value").alias("s"), min_("value").alias("lo"))
OUTPUT_MODE = "append"
