from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy("tag").agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.min(F.struct("v", "n")).alias("lo"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")).orderBy(F.col("cats").desc_nulls_last())
OUTPUT_MODE = "complete"
