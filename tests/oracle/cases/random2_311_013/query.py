from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.selectExpr("timestamp", "category", "value", "CASE WHEN value > 50 THEN 1 ELSE 0 END AS big", "value * 2 AS v2").where(col("category") != "toys").groupBy(window("timestamp", "6 minutes", "3 minutes", "2 minute"), (col("value") > 50).alias("big")).agg(max_("timestamp").alias("last"), sum_("value").alias("s"))
OUTPUT_MODE = "complete"
