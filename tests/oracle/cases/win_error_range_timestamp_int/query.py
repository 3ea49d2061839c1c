df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# A RANGE frame with a number over a timestamp key: Spark wants an interval.
static = spark.createDataFrame([("a", 1)], "k STRING, v INT").withColumn("ts", F.current_timestamp())
out = static.withColumn("s", F.sum("v").over(Window.partitionBy("k").orderBy("ts").rangeBetween(-1, 0)))
result = df.join(out, "k")
OUTPUT_MODE = "append"
