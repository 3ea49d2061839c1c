from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy(F.window("ts", "2 minutes"), "tag").agg(F.count("*").alias("cnt"), F.round(F.stddev("v"), 3).alias("sd"), F.approx_count_distinct("cat").alias("dc")).filter(F.col("cnt") > 1).orderBy(F.col("cnt").desc_nulls_last())
OUTPUT_MODE = "complete"
