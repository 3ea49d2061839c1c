df = spark.readStream.format("json").schema("n BIGINT, h STRING, a ARRAY<FLOAT>, b ARRAY<FLOAT>").load(INPUT)

from pyspark.sql import functions as F
result = df.select("n", F.bitmap_bit_position("n"), F.bitmap_bucket_number("n"), F.bitmap_count(F.unhex("h")).alias("cnt"),
                   F.vector_cosine_similarity("a", "b"), F.vector_inner_product("a", "b"), F.vector_l2_distance("a", "b"),
                   F.vector_norm("a"), F.vector_norm("a", F.lit(1.0).cast("float")).alias("n1"), F.vector_norm("a", F.lit(float("inf")).cast("float")).alias("ninf"),
                   F.vector_normalize("a"), F.vector_normalize("a", F.lit(1.0).cast("float")).alias("nz1"))
OUTPUT_MODE = "append"
