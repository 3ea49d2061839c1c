from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
result = df.select("id", F.stack(F.lit(2), F.col("k"), F.col("id"), F.lit("z"), F.lit(0).cast("long")).alias("s", "n"))
OUTPUT_MODE = "append"
