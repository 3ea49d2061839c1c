from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").withColumn("cat_up", upper(col("category"))).filter("value IS NOT NULL AND value BETWEEN 5 AND 95").join(dims, "category", "left_outer").groupBy(window("timestamp", "6 minutes", "3 minutes", "2 minute"), "category").agg(sum_("value").alias("s"), count("*").alias("n"), avg("value").alias("a"))
OUTPUT_MODE = "append"
