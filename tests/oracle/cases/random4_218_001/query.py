from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.window("ts", "5 minutes"), "cat").agg(F.array_sort(F.collect_set("cat")).alias("cats"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "append"
