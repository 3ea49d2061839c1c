from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").groupBy("cat").agg(F.sum("v").alias("sv"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "complete"
