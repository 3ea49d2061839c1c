from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").groupBy("cat").agg(F.array_sort(F.collect_list("n")).alias("ns"), F.min(F.struct("v", "n")).alias("lo"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
