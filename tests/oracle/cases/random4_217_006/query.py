from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg(F.min(F.struct("v", "n")).alias("lo")).orderBy(F.col("lo").desc_nulls_last())
OUTPUT_MODE = "complete"
