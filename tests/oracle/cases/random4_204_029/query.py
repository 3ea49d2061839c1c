from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")).orderBy(F.col("ns").desc_nulls_last())
OUTPUT_MODE = "complete"
