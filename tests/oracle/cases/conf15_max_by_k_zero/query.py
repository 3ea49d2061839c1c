from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
result = df.groupBy("k").agg(F.max_by("id", "v", 0))
OUTPUT_MODE = "complete"
