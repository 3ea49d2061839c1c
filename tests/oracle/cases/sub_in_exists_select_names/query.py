df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sub_in_exists_select_names")
# unaliased IN / NOT IN / EXISTS subqueries in a select list: their names.
out = spark.sql("""SELECT k, ts, k IN (SELECT k FROM sub_in_exists_select_names WHERE v > 50), ts NOT IN (SELECT ts FROM sub_in_exists_select_names WHERE k = \"c\"),
  EXISTS (SELECT 1 FROM sub_in_exists_select_names b WHERE b.k = a.k AND b.v IS NULL), NOT EXISTS (SELECT 1 FROM sub_in_exists_select_names WHERE v > 1000)
FROM sub_in_exists_select_names a""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
