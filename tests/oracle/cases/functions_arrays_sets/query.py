df = spark.readStream.format("json").schema("a ARRAY<INT>, b ARRAY<INT>, n INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select("a", "b", F.array_union("a", "b"), F.array_intersect("a", "b"), F.array_except("a", "b"),
                   F.arrays_overlap("a", "b"), F.array_append("a", F.lit(9)), F.array_prepend("a", F.col("n")),
                   F.array_compact("a"), F.sequence(F.lit(1), F.lit(4)), F.expr("sequence(5, 1, -2)").alias("sq"))
OUTPUT_MODE = "append"
