df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# A window without PARTITION BY (one partition), two specs in one select, a window function inside an expression.
w = Window.orderBy("ts", "k", "v")
out = static.select("k", "ts", "v",
    (F.row_number().over(w) * 10).alias("pos10"),
    F.when(F.rank().over(Window.partitionBy("k").orderBy("v")) == 1, "lowest").otherwise("other").alias("tag"),
    (F.sum("v").over(Window.partitionBy()) - F.coalesce("v", F.lit(0))).alias("others"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
