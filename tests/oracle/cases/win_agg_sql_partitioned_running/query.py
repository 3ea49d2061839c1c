df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("win_agg_sql_partitioned_running")
# a running total of a grouped sum, partitioned by a grouping key; a global aggregate with a window.
out = spark.sql("""SELECT k, ts, sum(v) AS s, sum(sum(v)) OVER (PARTITION BY k ORDER BY ts) AS running,
  row_number() OVER (PARTITION BY k ORDER BY count(v) DESC, ts) AS rn
FROM win_agg_sql_partitioned_running GROUP BY k, ts""").crossJoin(
  spark.sql("SELECT sum(v) AS total, row_number() OVER (ORDER BY 1) AS one FROM win_agg_sql_partitioned_running"))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
