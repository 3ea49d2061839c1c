from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum("v").alias("sv"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")).orderBy(F.col("dc").desc_nulls_last())
OUTPUT_MODE = "complete"
