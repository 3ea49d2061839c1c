from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("value <= 75").groupBy(window("timestamp", "5 minutes", "5 minutes"), "category").agg(count("*").alias("n"), sum_("value").alias("s"))
OUTPUT_MODE = "complete"
