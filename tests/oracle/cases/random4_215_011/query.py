from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("tag", F.explode(F.split(F.col("tags"), ","))).withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy("cat").agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.sum("v").alias("sv"), F.max("n").alias("mx"))
OUTPUT_MODE = "complete"
