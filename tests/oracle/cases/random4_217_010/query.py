from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg((F.sum("v") / F.count("*")).alias("mean"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.min(F.struct("v", "n")).alias("lo")).orderBy(F.col("mean").desc_nulls_last())
OUTPUT_MODE = "complete"
