from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").selectExpr("timestamp", "category", "value", "CASE WHEN value > 50 THEN 1 ELSE 0 END AS big", "value * 2 AS v2").filter("value IS NOT NULL AND value BETWEEN 5 AND 95").groupBy(window("timestamp", "3 minutes")).agg(min_("value").alias("lo"))
OUTPUT_MODE = "update"
