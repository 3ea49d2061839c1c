df = spark.readStream.format("json").schema("a ARRAY<DOUBLE>, b ARRAY<DOUBLE>").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.vector_inner_product("a", "b").alias("d"))
OUTPUT_MODE = "append"
