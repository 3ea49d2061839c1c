from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").where(col("category") != "toys").groupBy(window("timestamp", "5 minutes")).agg(count("*").alias("n"), sum_("value").alias("s"), max_("timestamp").alias("last")).where(col("n") >= 2)
OUTPUT_MODE = "complete"
