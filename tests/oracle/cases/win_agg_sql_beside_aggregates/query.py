df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("win_agg_sql_beside_aggregates")
# window functions beside aggregates in one SELECT: aggregated first (ExtractWindowExpressions), names as written.
out = spark.sql("""SELECT k, sum(v) AS s, rank() OVER (ORDER BY sum(v)) AS r, sum(sum(v)) OVER (), count(*),
  lag(max(ts)) OVER (ORDER BY k) AS pm, max(ts) - min(ts) AS d, round(avg(v) / sum(avg(v)) OVER (), 4) AS share
FROM win_agg_sql_beside_aggregates GROUP BY k HAVING count(*) > 1""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
