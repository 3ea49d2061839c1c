from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").groupBy(F.expr("n % 2").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"))
OUTPUT_MODE = "update"
