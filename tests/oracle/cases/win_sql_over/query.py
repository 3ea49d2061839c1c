df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# SQL OVER clauses, a named WINDOW, IGNORE NULLS.
static.createOrReplaceTempView("win_sql_t")
out = spark.sql("""SELECT k, ts, v,
  row_number() OVER (PARTITION BY k ORDER BY ts DESC NULLS LAST, v) AS rn,
  sum(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s2,
  lag(v) IGNORE NULLS OVER (PARTITION BY k ORDER BY ts, v) AS prev_nn,
  avg(v) OVER w AS a, max(v) OVER w AS mx,
  count(*) OVER (PARTITION BY k) AS n
FROM win_sql_t WINDOW w AS (PARTITION BY k ORDER BY ts RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING)""")
result = df.join(out, "k")
OUTPUT_MODE = "append"
