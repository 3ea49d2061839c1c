from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").groupBy(F.window("ts", "5 minutes"), "cat").agg(F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "append"
