df = spark.readStream.format("json").schema("k STRING, s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.groupBy("k").agg(F.listagg_distinct("s"), F.string_agg_distinct("s", F.lit(",")))
OUTPUT_MODE = "complete"
