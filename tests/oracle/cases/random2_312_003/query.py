from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "4 minutes").selectExpr("timestamp", "category", "value", "CASE WHEN value > 50 THEN 1 ELSE 0 END AS big", "value * 2 AS v2").join(dims, "category", "left_outer").groupBy("category").agg(min_("value").alias("lo"), avg("value").alias("a"))
OUTPUT_MODE = "complete"
