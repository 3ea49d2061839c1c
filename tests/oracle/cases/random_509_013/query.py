from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.filter(col("category").like("s%")).withColumn("v2", col("value") * 2).groupBy(window("timestamp", "5 minutes"), "category").agg(sum_("value").alias("s"), count("*").alias("n")).filter(col("n") > 1)
OUTPUT_MODE = "update"
