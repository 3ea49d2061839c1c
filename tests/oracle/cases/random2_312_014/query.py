from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withColumn("cat_up", upper(col("category"))).filter("value IS NOT NULL AND value BETWEEN 5 AND 95").groupBy(session_window("timestamp", "2 minutes"), (col("value") > 50).alias("big")).agg(count("*").alias("n"), avg("value").alias("a"))
OUTPUT_MODE = "complete"
