from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy(F.window("ts", "5 minutes"), "tag").agg(F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "complete"
