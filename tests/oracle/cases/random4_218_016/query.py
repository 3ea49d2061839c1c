from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").dropna(subset=["v"]).groupBy("cat").agg(F.round(F.stddev("v"), 3).alias("sd"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"))
OUTPUT_MODE = "update"
