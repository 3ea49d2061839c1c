df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("win_agg_sql_order_by_aggregate")
# ORDER BY an aggregate the select list does not show, beside a window over aggregates; LIMIT.
out = spark.sql("""SELECT k, ntile(2) OVER (ORDER BY avg(v)) AS half, first_value(k) OVER (ORDER BY min(ts) DESC) AS latest
FROM win_agg_sql_order_by_aggregate GROUP BY k ORDER BY min(v), k LIMIT 2""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
