df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# pivot with values found (sorted, NULL included) and given (one absent): one column per value.
p1 = static.groupBy("k").pivot("ts").agg(F.sum("v"))
p2 = static.groupBy("k").pivot("ts", [1, 2, 9]).agg(F.sum("v").alias("s"), F.count("v"))
result = df.join(p1, "k").join(p2, "k")
OUTPUT_MODE = "append"
