df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# pivot of a string column with an aggregate of strings (first), and max.
static2 = spark.createDataFrame([("a", "x", "p"), ("a", "y", "q"), ("a", "x", "r"), ("b", "y", None)], "k STRING, c STRING, s STRING")
out = static2.groupBy("k").pivot("c", ["x", "y"]).agg(F.max("s"), F.count("s").alias("n"))
result = df.join(out, "k")
OUTPUT_MODE = "append"
