from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 2).load(INPUT)
result = df.filter("value > 75 AND category IS NOT NULL").withWatermark("timestamp", "1 minutes").groupBy(window("timestamp", "5 minutes", "1 minutes")).agg(min_("value").alias("lo"), avg("value").alias("a"), count("value").alias("nv"))
OUTPUT_MODE = "update"
