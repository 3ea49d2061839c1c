from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value") > 40).withColumn("v2", col("value") * 2).withWatermark("timestamp", "5 minutes").groupBy("category").agg(avg("value").alias("a"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
