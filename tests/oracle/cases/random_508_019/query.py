from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter("category != 'games'").withColumn("v2", col("value") * 2).groupBy(window("timestamp", "2 minutes")).agg(avg("value").alias("a"), count("*").alias("n"), sum_("value").alias("s"))
OUTPUT_MODE = "update"
