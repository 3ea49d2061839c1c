from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg(F.count("*").alias("cnt"), F.min(F.struct("v", "n")).alias("lo")).filter(F.col("cnt") > 1)
OUTPUT_MODE = "complete"
