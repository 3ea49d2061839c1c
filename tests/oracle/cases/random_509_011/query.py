from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value") > 40).withWatermark("timestamp", "1 minutes").groupBy("category").agg(max_("value").alias("hi"), avg("value").alias("a"), count("*").alias("n"))
OUTPUT_MODE = "complete"
