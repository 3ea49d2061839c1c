from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.expr("n % 3").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "update"
