from pyspark.sql.functions import window, count, sum as sum_, avg, min as min_, max as max_, col, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
flagged = df.withColumn("big", when(col("value") > 50, "yes").otherwise("no"))
result = flagged.withWatermark("timestamp", "3 minutes").groupBy(window("timestamp", "5 minutes"), "category", "big").agg(count("*").alias("n"), count("value").alias("nv"), sum_("value").alias("s"), avg("value").alias("a"), min_("value").alias("lo"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
