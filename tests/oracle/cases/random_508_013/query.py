from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("category").isin("books", "music")).withWatermark("timestamp", "0 minutes").groupBy(window("timestamp", "10 minutes", "1 minutes"), "category").agg(max_("value").alias("hi"), sum_("value").alias("s"))
OUTPUT_MODE = "append"
