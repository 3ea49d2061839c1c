from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("g STRING, x BIGINT, s STRING").load(INPUT)
result = df.groupBy("g").agg(F.hex(F.count_min_sketch("x", F.lit(0.2), F.lit(0.9), F.lit(7))).alias("cx"),
    F.hex(F.count_min_sketch("s", F.lit(0.5), F.lit(0.5), F.lit(1111111111111111111))).alias("cs"), F.count("x").alias("n"))
OUTPUT_MODE = "complete"
