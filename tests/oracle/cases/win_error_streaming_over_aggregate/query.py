df = spark.readStream.format("json").schema("k STRING, v INT").load(INPUT)
from pyspark.sql import functions as F
from pyspark.sql.window import Window
# a window function over a streaming aggregate.
result = df.groupBy("k").agg(F.sum("v").alias("s"), F.rank().over(Window.orderBy(F.sum("v"))).alias("r"))
OUTPUT_MODE = "complete"
