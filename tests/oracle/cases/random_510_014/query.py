from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "3 minutes").groupBy(window("timestamp", "10 minutes"), "category").agg(sum_("value").alias("s"), count("value").alias("nv"))
OUTPUT_MODE = "append"
