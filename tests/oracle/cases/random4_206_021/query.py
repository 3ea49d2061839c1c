from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.window("ts", "2 minutes"), "cat").agg((F.sum("v") / F.count("*")).alias("mean"), F.min(F.struct("v", "n")).alias("lo"), F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "complete"
