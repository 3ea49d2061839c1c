df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("win_agg_sql_order_distinct")
# windows over aggregates with ORDER BY an aggregate, DISTINCT, count(*) OVER (), a computed partition key.
out = spark.sql("""SELECT DISTINCT k IS NULL AS nk, count(*) OVER () AS groups, sum(count(*)) OVER (PARTITION BY k IS NULL) AS rows_all,
  dense_rank() OVER (PARTITION BY k IS NULL ORDER BY max(v) DESC NULLS LAST) AS dr
FROM win_agg_sql_order_distinct GROUP BY k ORDER BY dr""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
