from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
result = df.select("id", F.map_concat("m", F.create_map(F.lit("x"), F.col("id").cast("int"))).alias("mm"))
OUTPUT_MODE = "append"
