from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").withColumn("v10", round_(col("value") / 10, 1)).where(col("category") != "toys").join(dims, "category", "inner").groupBy(window("timestamp", "5 minutes")).agg(max_("timestamp").alias("last"))
OUTPUT_MODE = "complete"
