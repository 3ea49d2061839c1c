df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_pivot_implicit_group")
# SQL PIVOT: the columns not named by the aggregate or FOR group the rows.
out = spark.sql("SELECT * FROM sqlq_pivot_implicit_group PIVOT (sum(v) FOR k IN (\"a\", \"b\"))").crossJoin(
  spark.sql("SELECT p.* FROM (SELECT k, ts, v FROM sqlq_pivot_implicit_group) PIVOT (avg(v) FOR ts IN (1, 2, 5)) AS p").withColumnRenamed("k", "k2"))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
