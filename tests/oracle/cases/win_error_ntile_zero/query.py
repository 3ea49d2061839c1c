df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
# ntile needs a positive bucket count.
out = static.withColumn("n", F.ntile(0).over(Window.partitionBy("k").orderBy("ts")))
result = df.join(out, "k")
OUTPUT_MODE = "append"
