from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").dropna(subset=["v"]).groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.array_sort(F.collect_list("n")).alias("ns")).orderBy(F.col("dc").desc_nulls_last())
OUTPUT_MODE = "complete"
