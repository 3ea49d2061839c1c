from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.withColumn("v2", col("value") * 2).withWatermark("timestamp", "5 minutes").groupBy(window("timestamp", "2 minutes")).agg(count("*").alias("n")).filter(col("n") > 1)
OUTPUT_MODE = "complete"
