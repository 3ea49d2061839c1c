df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# percent_rank, cume_dist (peers count together) and ntile with ties and a one-row partition.
w = Window.partitionBy("k").orderBy("ts")
ranked = static.select("k", "ts", "v",
    F.percent_rank().over(w).alias("pr"), F.cume_dist().over(w).alias("cd"),
    F.ntile(2).over(w).alias("n2"), F.ntile(3).over(w).alias("n3"), F.ntile(10).over(w).alias("n10"))
result = df.join(ranked, "k")
OUTPUT_MODE = "append"
