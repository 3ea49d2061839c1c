df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_unpivot")
# SQL UNPIVOT: NULLs dropped by default, INCLUDE NULLS, IN aliases; several value columns.
out = spark.sql("SELECT * FROM sqlq_unpivot UNPIVOT (val FOR col IN (ts, v))").crossJoin(
  spark.sql("SELECT * FROM sqlq_unpivot UNPIVOT INCLUDE NULLS (val FOR col IN (ts AS t1, v AS v1))").withColumnRenamed("k", "k2").withColumnRenamed("col", "col2").withColumnRenamed("val", "val2")).filter("k = k2 AND k = \"b\"").crossJoin(
  spark.sql("SELECT * FROM (SELECT k, ts, v, ts * 10 AS ts10, v * 10 AS v10 FROM sqlq_unpivot WHERE k = \"c\") UNPIVOT ((a, b) FOR pair IN ((ts, v) AS first, (ts10, v10) AS second))").withColumnRenamed("k", "k3"))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
