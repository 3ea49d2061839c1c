from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.dropna(subset=["v"]).groupBy(F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.min(F.struct("v", "n")).alias("lo")).orderBy(F.col("cats").desc_nulls_last())
OUTPUT_MODE = "complete"
