df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("sqlq_pivot_alias_qualified")
# a PIVOT with an alias, read through it; a join after it.
out = spark.sql("""SELECT p.ts, p.a + coalesce(p.b, 0) AS ab FROM sqlq_pivot_alias_qualified PIVOT (sum(v) FOR k IN (\"a\", \"b\")) p WHERE p.ts IS NOT NULL""")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
