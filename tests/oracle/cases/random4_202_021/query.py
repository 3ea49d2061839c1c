from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).groupBy("cat").agg(F.approx_count_distinct("cat").alias("dc"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "complete"
