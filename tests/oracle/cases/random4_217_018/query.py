from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy("cat").agg(F.count("*").alias("cnt"), F.max("n").alias("mx")).filter(F.col("cnt") > 1).orderBy(F.col("cnt").desc_nulls_last())
OUTPUT_MODE = "complete"
