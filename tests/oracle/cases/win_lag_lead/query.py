df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# lag/lead with offsets and defaults; NULL values pass through (they are not skipped).
w = Window.partitionBy("k").orderBy("ts", "v")
out = static.select("k", "ts", "v",
    F.lag("v").over(w).alias("lag1"), F.lag("v", 2, 0).over(w).alias("lag2"),
    F.lead("v").over(w).alias("lead1"), F.lead("v", 1, -1).over(w).alias("lead_d"),
    F.lead(F.col("k"), 3, "none").over(w).alias("lead_k"), F.lag("ts", -1).over(w).alias("lag_neg"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
