from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withColumn("v10", round_(col("value") / 10, 1)).groupBy((col("value") > 50).alias("big")).agg(count("*").alias("n"), max_("timestamp").alias("last"), avg("value").alias("a"))
OUTPUT_MODE = "complete"
