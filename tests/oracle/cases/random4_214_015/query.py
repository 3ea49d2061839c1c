from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg(F.min(F.struct("v", "n")).alias("lo"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "update"
