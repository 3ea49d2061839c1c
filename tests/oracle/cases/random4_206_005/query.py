from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.dropna(subset=["v"]).na.fill({"v": 0.0, "cat": "none"}).groupBy("cat").agg(F.min(F.struct("v", "n")).alias("lo"), F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
