df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# first/last (over the default frame, last is the current peer group's), nth_value, first_value/last_value.
w = Window.partitionBy("k").orderBy("ts")
whole = w.rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
out = static.select("k", "ts", "v",
    F.first("v").over(w).alias("f"), F.last("v").over(w).alias("l"),
    F.first("v", True).over(whole).alias("f_nn"), F.last("v", True).over(whole).alias("l_nn"),
    F.nth_value("v", 2).over(w).alias("nth2"), F.nth_value("v", 2, True).over(whole).alias("nth2_nn"),
    F.first_value("v").over(w).alias("fv"), F.last_value("v", F.lit(True)).over(whole).alias("lv"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
