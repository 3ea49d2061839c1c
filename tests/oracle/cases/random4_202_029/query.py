from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.count("*").alias("cnt"), F.array_sort(F.collect_list("n")).alias("ns"), F.approx_count_distinct("cat").alias("dc")).filter(F.col("cnt") > 1).orderBy(F.col("cnt").desc_nulls_last())
OUTPUT_MODE = "complete"
