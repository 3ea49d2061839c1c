from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy(F.window("ts", "2 minutes"), "tag").agg(F.sum("v").alias("sv"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "complete"
