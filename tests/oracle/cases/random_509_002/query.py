from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG").load(INPUT)
result = df.withWatermark("timestamp", "2 minutes").filter(col("category").like("s%")).withColumn("v2", col("value") * 2).dropDuplicates(["id"]).select("timestamp", "id", "category")
OUTPUT_MODE = "append"
