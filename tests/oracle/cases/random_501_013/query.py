from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("category IN ('books', 'music')").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "5 minutes")).agg(avg("value").alias("a"), min_("value").alias("lo"), count("*").alias("n"))
OUTPUT_MODE = "complete"
