df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_pivot_tuple")
# SQL PIVOT over two columns: IN takes tuples.
out = spark.sql("SELECT * FROM (SELECT k, ts, v FROM sqlq_pivot_tuple) PIVOT (sum(v) FOR (k, ts) IN ((\"a\", 2) AS a2, (\"b\", 5) AS b5, (\"c\", 9) AS c9))")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
