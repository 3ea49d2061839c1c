from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").na.fill({"v": 0.0, "cat": "none"}).groupBy("cat").agg(F.sum("v").alias("sv"), F.min(F.struct("v", "n")).alias("lo"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "update"
