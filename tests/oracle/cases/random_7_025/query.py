from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("value <= 25").withWatermark("timestamp", "0 minutes").groupBy(window("timestamp", "10 minutes", "5 minutes"), "category").agg(avg("value").alias("a"), count("value").alias("nv"))
OUTPUT_MODE = "append"
