df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Aggregates over the default frame with ORDER BY: RANGE UNBOUNDED PRECEDING..CURRENT ROW, peers included.
w = Window.partitionBy("k").orderBy("ts")
out = static.select("k", "ts", "v",
    F.sum("v").over(w).alias("s"), F.count("v").over(w).alias("c"), F.count("*").over(w).alias("cs"),
    F.avg("v").over(w).alias("a"), F.min("v").over(w).alias("mn"), F.max("v").over(w).alias("mx"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
