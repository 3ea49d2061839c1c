from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withColumn("cat_up", upper(col("category"))).where(col("category") != "toys").groupBy(window("timestamp", "5 minutes")).agg(avg("value").alias("a"), count("*").alias("n"), min_("value").alias("lo")).where(col("n") >= 2)
OUTPUT_MODE = "complete"
