df = spark.readStream.format("json").schema("a ARRAY<FLOAT>, b ARRAY<FLOAT>").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.vector_inner_product("a", "b").alias("d"))
OUTPUT_MODE = "append"
