from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").withColumn("band", when(col("value") < 30, "low").when(col("value") < 70, "mid").otherwise("high")).groupBy((col("value") > 50).alias("big")).agg(min_("value").alias("lo"), sum_("value").alias("s"))
OUTPUT_MODE = "complete"
