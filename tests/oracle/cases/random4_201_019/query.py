from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 3").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"), F.approx_count_distinct("cat").alias("dc"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "complete"
