from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).select("v", "n")
OUTPUT_MODE = "append"
