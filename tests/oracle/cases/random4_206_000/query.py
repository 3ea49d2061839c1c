from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").dropna(subset=["v"]).filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).select("cat", "ts")
OUTPUT_MODE = "append"
