from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter(col("value").isNull() | (col("value") > 10)).withWatermark("timestamp", "5 minutes").groupBy(window("timestamp", "2 minutes"), "category").agg(sum_("value").alias("s"))
OUTPUT_MODE = "update"
