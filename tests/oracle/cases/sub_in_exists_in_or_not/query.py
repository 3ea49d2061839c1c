df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sub_in_exists_in_or_not")
# IN / EXISTS subqueries under OR and NOT in WHERE (ExistenceJoin).
out = spark.sql("""SELECT * FROM sub_in_exists_in_or_not a WHERE k IN (SELECT k FROM sub_in_exists_in_or_not WHERE v > 50) OR ts = 2""").crossJoin(
  spark.sql("""SELECT k AS k2, ts AS ts2 FROM sub_in_exists_in_or_not a WHERE NOT (EXISTS (SELECT 1 FROM sub_in_exists_in_or_not b WHERE b.k = a.k AND b.v IS NULL) OR a.ts > 3)""")).crossJoin(
  spark.sql("""SELECT count(*) AS n_not_in FROM sub_in_exists_in_or_not WHERE ts IS NULL OR ts NOT IN (SELECT v FROM sub_in_exists_in_or_not WHERE k = \"b\")"""))
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
