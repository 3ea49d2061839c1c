df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Explicit ROWS frames.
w = Window.partitionBy("k").orderBy("ts", "v")
out = static.select("k", "ts", "v",
    F.sum("v").over(w.rowsBetween(-1, 1)).alias("s3"),
    F.collect_list("v").over(w.rowsBetween(Window.unboundedPreceding, -1)).alias("before"),
    F.count("*").over(w.rowsBetween(Window.currentRow, Window.unboundedFollowing)).alias("rest"),
    F.avg("v").over(w.rowsBetween(-2, -1)).alias("prev2"),
    F.max("v").over(w.rowsBetween(1, 2)).alias("next2"),
    F.sum("v").over(w.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)).alias("all"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
