from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).dropna(subset=["v"]).groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "complete"
