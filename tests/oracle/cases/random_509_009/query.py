from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").option("maxFilesPerTrigger", 1).load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").filter("value > 60 AND category IS NOT NULL").dropDuplicates(["id"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
