df = spark.readStream.format("json").schema("a ARRAY<FLOAT>").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.vector_norm("a", F.lit(3.0).cast("float")).alias("n3"), F.vector_normalize("a", F.lit(float("inf")).cast("float")).alias("ninf"))
OUTPUT_MODE = "append"
