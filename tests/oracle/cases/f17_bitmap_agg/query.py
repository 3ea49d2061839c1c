df = spark.readStream.format("json").schema("k STRING, n BIGINT").load(INPUT)

from pyspark.sql import functions as F
bm = df.groupBy("k").agg(F.bitmap_construct_agg(F.bitmap_bit_position("n")).alias("b"), F.bitmap_count(F.bitmap_construct_agg(F.bitmap_bit_position("n"))).alias("c"),
                         F.bitmap_bit_position(F.max("n")).alias("p"))
result = bm.select("k", "c", "p", F.substring(F.hex("b"), 1, 8).alias("h"), F.length("b").alias("len"),
                   F.bitmap_count(F.expr("bitmap_or_agg(b) OVER ()")).alias("x") if False else F.lit(1).alias("one"))
OUTPUT_MODE = "complete"
