df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# DataFrame.groupingSets and a rollup with a HAVING-like filter on grouping().
gs = static.groupingSets([["k"], ["ts"], []], "k", "ts").agg(F.count("*").alias("n"), F.grouping_id().alias("g"))
out = gs.withColumnRenamed("k", "kk")
result = df.crossJoin(out).filter("k = 'a'")
OUTPUT_MODE = "append"
