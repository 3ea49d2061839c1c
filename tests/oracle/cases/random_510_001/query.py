from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.filter(col("value") <= 10).withWatermark("timestamp", "0 minutes").dropDuplicates(["category", "timestamp"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
