from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.dropna(subset=["v"]).groupBy(F.expr("n % 2").alias("g")).agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.array_sort(F.collect_list("n")).alias("ns"), F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
