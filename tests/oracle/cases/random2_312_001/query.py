from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").withColumn("cat_up", upper(col("category"))).groupBy(window("timestamp", "6 minutes", "3 minutes", "1 minute"), (col("value") > 50).alias("big")).agg(min_("value").alias("lo"), avg("value").alias("a"), count("*").alias("n"))
OUTPUT_MODE = "complete"
