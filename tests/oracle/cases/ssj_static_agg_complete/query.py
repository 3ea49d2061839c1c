df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)

from pyspark.sql import functions as F
# A static side that aggregates and deduplicates, joined with a stream that aggregates
# after the join (complete mode).
static = spark.createDataFrame([("x", 1), ("x", 1), ("y", 5), ("z", None)], "k STRING, n INT")
names = static.select("k").distinct()
sizes = static.dropDuplicates(["k", "n"]).groupBy("k").agg(F.count("n").alias("c"))
result = df.join(names, "k").join(sizes, "k").groupBy("k", "c").agg(F.sum("v").alias("total"))
OUTPUT_MODE = "complete"
