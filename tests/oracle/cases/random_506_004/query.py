from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.groupBy("category").agg(avg("value").alias("a"), count("*").alias("n"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
