from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "1 minutes").withColumn("band", when(col("value") < 30, "low").when(col("value") < 70, "mid").otherwise("high")).filter(~col("category").isin("games")).join(dims, "category", "left_outer").groupBy(window("timestamp", "5 minutes")).agg(min_("value").alias("lo"), avg("value").alias("a"))
OUTPUT_MODE = "update"
