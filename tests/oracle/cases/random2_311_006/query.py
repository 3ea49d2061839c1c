from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.groupBy(session_window("timestamp", "2 minutes"), "category").agg(count("*").alias("n"), sum_("value").alias("s"))
OUTPUT_MODE = "complete"
