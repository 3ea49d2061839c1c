df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)

from pyspark.sql import functions as F
# A stream joined with an aggregated static DataFrame.
static = spark.createDataFrame([("x", 1), ("x", 2), ("y", 5), ("z", None)], "k STRING, n INT")
agg = static.groupBy("k").agg(F.count("*").alias("c"), F.sum("n").alias("total"))
result = df.join(agg, "k").select("k", "v", "c", "total")
OUTPUT_MODE = "append"
