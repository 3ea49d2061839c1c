from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).groupBy(F.expr("n % 2").alias("g")).agg(F.max("n").alias("mx"), F.round(F.stddev("v"), 3).alias("sd")).orderBy(F.col("mx").desc_nulls_last())
OUTPUT_MODE = "complete"
