df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# DataFrame subqueries (PySpark 4): scalar() in a select list (named scalarsubquery() unaliased) and a filter, exists() and ~exists().
avg_v = static.select(F.avg("v")).scalar()
out = static.where(F.col("v") > avg_v).select("k", "ts", (F.col("v") - static.select(F.max("v")).scalar()).alias("d"),
    static.select(F.count("*")).scalar()).crossJoin(
  static.where(static.where(F.col("v") > 50).exists()).select(F.col("k").alias("k2"), F.col("ts").alias("ts2"))
    .where(~static.where(F.col("v") > 500).exists()))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
