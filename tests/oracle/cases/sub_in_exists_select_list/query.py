df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sub_in_exists_select_list")
# IN / EXISTS subqueries in the select list: a boolean column (NULL where IN meets a NULL).
out = spark.sql("""SELECT k, ts, v, k IN (SELECT k FROM sub_in_exists_select_list WHERE v > 50) AS big,
  EXISTS (SELECT 1 FROM sub_in_exists_select_list b WHERE b.k = a.k AND b.v IS NULL) AS hasnull,
  ts IN (SELECT v FROM sub_in_exists_select_list WHERE k = \"b\") AS ts_in_bv,
  ts NOT IN (SELECT ts FROM sub_in_exists_select_list WHERE k = \"c\") AS ts_not_c
FROM sub_in_exists_select_list a""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
