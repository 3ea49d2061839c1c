df = spark.readStream.format("json").schema("k STRING, v ARRAY<FLOAT>").load(INPUT)

from pyspark.sql import functions as F
result = df.groupBy("k").agg(F.vector_sum("v"))
OUTPUT_MODE = "complete"
