df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# GROUP BY ROLLUP / CUBE / GROUPING SETS in SQL.
static.createOrReplaceTempView("grp_t")
r = spark.sql("SELECT k, ts, sum(v) AS s, grouping_id() AS g FROM grp_t GROUP BY ROLLUP(k, ts)")
c = spark.sql("SELECT k, count(*) AS n FROM grp_t GROUP BY CUBE(k)")
g = spark.sql("SELECT k, ts, max(v) AS m, grouping(ts) AS gt FROM grp_t GROUP BY GROUPING SETS ((k), (ts), ())")
out = r.unionByName(g.withColumnRenamed("m", "s").withColumnRenamed("gt", "g"))
result = df.crossJoin(out.withColumnRenamed("k", "kk")).filter("k = 'a'")
OUTPUT_MODE = "append"
