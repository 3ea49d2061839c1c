from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("value IS NULL OR value > 25").withWatermark("timestamp", "5 minutes").groupBy().agg(sum_("value").alias("s"), avg("value").alias("a"), count("*").alias("n")).filter(col("n") > 1)
OUTPUT_MODE = "update"
