df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
from pyspark.sql.window import Window
static = spark.createDataFrame(
    [("a", 1, 10), ("a", 2, 20), ("a", 2, 25), ("a", 4, None), ("a", None, 7),
     ("b", 5, 1), ("b", 6, None), ("b", 8, 3), ("c", 1, 100)],
    "k STRING, ts INT, v INT")
static.createOrReplaceTempView("win_agg_df_over_aggregate")
# DataFrame: a window over an aggregate inside agg(), a window over a global aggregate in select(), and withColumn after agg.
a = static.groupBy("k").agg(F.sum("v").alias("s"), F.rank().over(Window.orderBy(F.sum("v"))).alias("r"),
    (F.max("ts") - F.lag(F.max("ts")).over(Window.orderBy("k"))).alias("gap"))
b = static.select(F.sum("v").alias("total"), F.row_number().over(Window.orderBy(F.lit(1))).alias("one"))
c = static.groupBy("k").agg(F.count("*").alias("n")).withColumn("dr", F.dense_rank().over(Window.orderBy(F.desc("n"))))
out = a.crossJoin(b).join(c, "k")
result = df.withColumnRenamed("k", "stream_k").crossJoin(out)
OUTPUT_MODE = "append"
