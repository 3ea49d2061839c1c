df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
# Column names Spark gives window expressions without an alias, and their types.
static = spark.createDataFrame(
    [("a", 1, 1.5, "x"), ("a", 2, 2.5, "y"), ("b", 1, None, "z")],
    "k STRING, ts INT, d DOUBLE, s STRING").withColumn("m", F.col("d").cast("decimal(10,2)"))
w = Window.partitionBy("k").orderBy("ts")
out = static.select("k", F.row_number().over(w), F.rank().over(w), F.percent_rank().over(w), F.ntile(2).over(w),
    F.lag("s").over(w), F.lead("m", 1).over(w), F.sum("m").over(w), F.avg("d").over(Window.partitionBy("k")),
    F.count("s").over(w.rowsBetween(-1, 0)), F.sum("ts").over(w.rangeBetween(-1, 1)), F.max("ts").over(Window.orderBy("ts")))
result = df.join(out, "k")
OUTPUT_MODE = "append"
