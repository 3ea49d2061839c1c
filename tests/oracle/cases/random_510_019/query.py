from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "5 minutes").groupBy().agg(max_("value").alias("hi"), count("value").alias("nv"))
OUTPUT_MODE = "complete"
