from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").na.fill({"v": 0.0, "cat": "none"}).withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy(F.window("ts", "2 minutes"), "tag").agg(F.array_sort(F.collect_list("n")).alias("ns"), F.count("*").alias("cnt"), F.array_sort(F.collect_set("cat")).alias("cats")).orderBy(F.col("ns").desc_nulls_last())
OUTPUT_MODE = "complete"
