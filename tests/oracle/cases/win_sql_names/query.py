df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# Column names of SQL window expressions without aliases.
static.createOrReplaceTempView("win_sql_n")
out = spark.sql("SELECT k, rank() OVER (PARTITION BY k ORDER BY ts), sum(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING), count(v) OVER (PARTITION BY k), lead(v, 2) OVER (PARTITION BY k ORDER BY ts, v) FROM win_sql_n")
result = df.join(out, "k")
OUTPUT_MODE = "append"
