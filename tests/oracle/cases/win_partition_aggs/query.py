df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Aggregates over a whole partition (no ORDER BY), next to each row.
w = Window.partitionBy("k")
out = static.select("k", "ts", "v",
    F.sum("v").over(w).alias("s"), F.count("*").over(w).alias("c"), F.max("ts").over(w).alias("mx"),
    F.sort_array(F.collect_list("v").over(w)).alias("vs"), (F.col("v") / F.sum("v").over(w)).alias("share"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
