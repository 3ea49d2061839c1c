from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).dropna(subset=["v"]).groupBy(F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.max("n").alias("mx"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"))
OUTPUT_MODE = "update"
