df = spark.readStream.format("json").schema("k STRING, h STRING").load(INPUT)

from pyspark.sql import functions as F
agg = df.groupBy("k").agg(F.bitmap_or_agg(F.unhex("h")).alias("o"), F.bitmap_and_agg(F.unhex("h")).alias("a"))
result = agg.select("k", F.bitmap_count("o").alias("co"), F.bitmap_count("a").alias("ca"), F.substring(F.hex("o"), 1, 6).alias("ho"),
                    F.substring(F.hex("a"), 1, 6).alias("ha"), F.length("o").alias("lo"), F.length("a").alias("la"))
OUTPUT_MODE = "complete"
