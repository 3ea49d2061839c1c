df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("df_unpivot_melt")
# DataFrame unpivot and melt: ids, values (None: all the others), names; NULLs kept; types widened.
out = static.unpivot("k", ["ts", "v"], "var", "val").crossJoin(
  static.withColumn("d", F.col("v") * 1.5).melt(["k", "ts"], None, "name", "value").withColumnRenamed("k", "k2").withColumnRenamed("ts", "ts2")).filter("k = \"b\" AND k2 = \"b\"")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
