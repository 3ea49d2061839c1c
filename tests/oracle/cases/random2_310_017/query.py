from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").withColumn("cat_up", upper(col("category"))).groupBy(session_window("timestamp", "2 minutes"), "category").agg(sum_("value").alias("s"), avg("value").alias("a"), count("*").alias("n"))
OUTPUT_MODE = "complete"
