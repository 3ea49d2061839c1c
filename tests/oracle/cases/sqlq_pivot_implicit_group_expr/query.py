df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_pivot_implicit_group_expr")
# PIVOT: an aggregate over an expression of two columns, both left out of the grouping.
out = spark.sql("SELECT * FROM sqlq_pivot_implicit_group_expr PIVOT (max(v * ts) AS m FOR k IN (\"a\" AS x, \"c\" AS y))")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
