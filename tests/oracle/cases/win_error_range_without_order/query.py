df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# A RANGE frame with offsets needs ORDER BY.
out = static.withColumn("s", F.sum("v").over(Window.partitionBy("k").rangeBetween(-1, 1)))
result = df.join(out, "k")
OUTPUT_MODE = "append"
