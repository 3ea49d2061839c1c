from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value").isNull() | (col("value") > 60)).withColumn("v2", col("value") * 2).withWatermark("timestamp", "5 minutes").groupBy(window("timestamp", "10 minutes", "5 minutes")).agg(avg("value").alias("a"), count("value").alias("nv"), max_("value").alias("hi"))
OUTPUT_MODE = "append"
