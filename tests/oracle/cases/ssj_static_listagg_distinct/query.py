df = spark.readStream.format("json").schema("k STRING, s STRING").load(INPUT)

from pyspark.sql import functions as F
static = spark.createDataFrame([("x", "b"), ("x", "a"), ("x", "b"), ("y", None)], "k STRING, s STRING")
agg = static.groupBy("k").agg(F.listagg_distinct("s").alias("l"), F.string_agg_distinct("s", F.lit("|")).alias("sa"))
result = df.join(agg, "k")
OUTPUT_MODE = "append"
