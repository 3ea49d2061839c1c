df = spark.readStream.format("json").schema("n INT, b BIGINT, v DOUBLE, s STRING, ts TIMESTAMP, d DATE, dec DECIMAL(10,2), f FLOAT, big DECIMAL(30,3), arr ARRAY<INT>").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.hash("n"), F.hash("b"), F.hash("v"), F.hash("s"), F.hash("ts", "d"), F.hash("dec", "f"),
                   F.hash("n", "s", "v"), F.xxhash64("n"), F.xxhash64("b"), F.xxhash64("s"), F.xxhash64("ts", "d", "v"),
                   F.xxhash64("dec", "f", "big"), F.hash("big"), F.hash("arr"), F.xxhash64("arr"), F.expr("hash(n > 1)").alias("hb"))
OUTPUT_MODE = "append"
