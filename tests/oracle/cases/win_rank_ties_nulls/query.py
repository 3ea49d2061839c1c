df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Ranking with ties and a NULL order key (ascending: NULLs first; descending: last).
w = Window.partitionBy("k").orderBy("ts")
wd = Window.partitionBy("k").orderBy(F.desc("ts"))
ranked = static.select("k", "ts", "v",
    F.row_number().over(w).alias("rn"), F.rank().over(w).alias("rk"),
    F.dense_rank().over(w).alias("drk"), F.rank().over(wd).alias("rk_desc"),
    F.dense_rank().over(wd).alias("drk_desc"))
result = df.join(ranked, "k")
OUTPUT_MODE = "append"
