from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.array_sort(F.collect_set("cat")).alias("cats"), F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "complete"
