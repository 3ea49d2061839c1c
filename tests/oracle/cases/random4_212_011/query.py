from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum("v").alias("sv"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "update"
