from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withColumn("cat_up", upper(col("category"))).where(col("category") != "toys").groupBy(session_window("timestamp", "2 minutes"), "category").agg(min_("value").alias("lo"), sum_("value").alias("s"), avg("value").alias("a"))
OUTPUT_MODE = "complete"
