from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").na.fill({"v": 0.0, "cat": "none"}).groupBy(F.window("ts", "2 minutes"), "cat").agg((F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "append"
