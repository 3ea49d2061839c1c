from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value") > 40).withWatermark("timestamp", "0 minutes").groupBy("category").agg(avg("value").alias("a"), count("value").alias("nv"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
