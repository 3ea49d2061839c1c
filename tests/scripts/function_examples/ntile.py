from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
from pyspark.sql import Window
df = spark.createDataFrame(
    [("a", 1), ("a", 2), ("a", 3), ("b", 8), ("b", 2)], ["c1", "c2"])
_r = (
df.show()
)
if _r is not None:
    print(repr(_r))
w = Window.partitionBy("c1").orderBy("c2")
_r = (
df.withColumn("ntile", sf.ntile(2).over(w)).show()
)
if _r is not None:
    print(repr(_r))
