from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").filter("value IS NULL OR value > 25").groupBy().agg(max_("value").alias("hi"), count("*").alias("n"), avg("value").alias("a"))
OUTPUT_MODE = "complete"
