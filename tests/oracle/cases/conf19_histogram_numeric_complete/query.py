from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x BIGINT, d DOUBLE").load(INPUT)
result = df.groupBy("g").agg(F.histogram_numeric("x", F.lit(4)).alias("hx"), F.histogram_numeric("d", F.lit(3)).alias("hd"))
OUTPUT_MODE = "complete"
