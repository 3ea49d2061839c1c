df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Names Spark gives more window expressions without aliases (IGNORE NULLS, cume_dist, dense_rank, first).
static.createOrReplaceTempView("win_names_more_t")
w = Window.partitionBy("k").orderBy("ts", "v")
out = static.select("k", "ts", "v", F.nth_value("v", 2, True).over(w), F.cume_dist().over(w), F.dense_rank().over(w),
    F.first("v", True).over(w), F.last_value("v").over(w))
sql = spark.sql("SELECT k, ts, v, lag(v) IGNORE NULLS OVER (PARTITION BY k ORDER BY ts, v), lead(v, 2, 0) OVER (PARTITION BY k ORDER BY ts, v) FROM win_names_more_t")
result = df.join(out.join(sql, ["k", "ts", "v"]), "k")
OUTPUT_MODE = "append"
