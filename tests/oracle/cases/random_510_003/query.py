from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").filter("category != 'games'").groupBy("category").agg(count("*").alias("n"), avg("value").alias("a"), min_("value").alias("lo"))
OUTPUT_MODE = "complete"
