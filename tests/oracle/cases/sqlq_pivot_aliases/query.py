df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_pivot_aliases")
# SQL PIVOT: aggregate aliases, several aggregates, IN values with aliases, a value absent.
out = spark.sql("SELECT * FROM (SELECT k, v FROM sqlq_pivot_aliases) PIVOT (sum(v) AS s, count(v) c FOR k IN (\"a\" AS aa, \"b\" bb, \"z\"))").crossJoin(
  spark.sql("SELECT * FROM (SELECT k, v FROM sqlq_pivot_aliases) PIVOT (sum(v), max(v) FOR k IN (\"a\", \"c\"))"))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
