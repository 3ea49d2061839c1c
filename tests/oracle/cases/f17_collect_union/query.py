df = spark.readStream.format("json").schema("k STRING, s STRING, a ARRAY<INT>").load(INPUT)

from pyspark.sql import functions as F
result = df.groupBy("k").agg(F.sort_array(F.collect_union("a")).alias("u"))
OUTPUT_MODE = "complete"
