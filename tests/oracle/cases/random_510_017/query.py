from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").groupBy(window("timestamp", "5 minutes", "2 minutes")).agg(max_("value").alias("hi"))
OUTPUT_MODE = "update"
