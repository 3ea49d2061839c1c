from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.filter(col("value") > 60).withWatermark("timestamp", "1 minutes").dropDuplicatesWithinWatermark(["id"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
