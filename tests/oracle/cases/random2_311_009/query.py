from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withColumn("band", when(col("value") < 30, "low").when(col("value") < 70, "mid").otherwise("high")).groupBy("category").agg(min_("value").alias("lo"), count("*").alias("n")).where(col("n") >= 2)
OUTPUT_MODE = "complete"
