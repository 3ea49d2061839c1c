df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# RANGE frames over an integer order key: ties are peers, a NULL key is its own peer group.
w = Window.partitionBy("k").orderBy("ts")
wd = Window.partitionBy("k").orderBy(F.col("ts").desc())
out = static.select("k", "ts", "v",
    F.sum("v").over(w.rangeBetween(-2, 0)).alias("s2"),
    F.count("*").over(w.rangeBetween(Window.currentRow, Window.unboundedFollowing)).alias("rest"),
    F.collect_list("ts").over(w.rangeBetween(-1, 1)).alias("near"),
    F.sum("v").over(wd.rangeBetween(-2, 0)).alias("s2_desc"),
    F.count("*").over(w.rangeBetween(1, 3)).alias("after"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
