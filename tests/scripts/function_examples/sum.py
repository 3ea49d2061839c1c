from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.range(10)
_r = (
df.select(sf.sum(df["id"])).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, 2), (3, 4)], ["A", "B"])
_r = (
df.select(sf.sum(sf.col("A") + sf.col("B"))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1982, None), (1990, 2), (2000, 4)], ["birth", "age"])
_r = (
df.select(sf.sum("age")).show()
)
if _r is not None:
    print(repr(_r))
