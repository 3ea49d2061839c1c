from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("value > 60 AND category IS NOT NULL").groupBy(window("timestamp", "2 minutes", "1 minutes")).agg(max_("value").alias("hi"))
OUTPUT_MODE = "complete"
