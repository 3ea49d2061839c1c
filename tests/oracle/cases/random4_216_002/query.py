from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").na.fill({"v": 0.0, "cat": "none"}).groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.round(F.stddev("v"), 3).alias("sd")).orderBy(F.col("sd").desc_nulls_last())
OUTPUT_MODE = "complete"
