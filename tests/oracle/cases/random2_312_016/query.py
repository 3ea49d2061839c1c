from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withColumn("v10", round_(col("value") / 10, 1)).filter(~col("category").isin("games")).groupBy(session_window("timestamp", "2 minutes"), "category").agg(sum_("value").alias("s"), max_("timestamp").alias("last"), min_("value").alias("lo"))
OUTPUT_MODE = "complete"
