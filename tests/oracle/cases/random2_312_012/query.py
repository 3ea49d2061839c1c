from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").withColumn("v10", round_(col("value") / 10, 1)).filter("value IS NOT NULL AND value BETWEEN 5 AND 95").join(dims, "category", "inner").groupBy("category").agg(sum_("value").alias("s"))
OUTPUT_MODE = "complete"
