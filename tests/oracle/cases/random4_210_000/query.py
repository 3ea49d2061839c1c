from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy("cat").agg(F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "complete"
