from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.range(10)
_r = (
df.select(sf.min(df.id)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([("Alice",), ("Bob",), ("Charlie",)], ["name"])
_r = (
df.select(sf.min("name")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1,), (None,), (3,)], ["value"])
_r = (
df.select(sf.min("value")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([("Alice", 1), ("Alice", 2), ("Bob", 3)], ["name", "value"])
_r = (
df.groupBy("name").agg(sf.min("value")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame(
    [("Alice", 1, 100), ("Bob", 2, 200), ("Charlie", 3, 300)],
    ["name", "value1", "value2"])
_r = (
df.select(sf.min("value1"), sf.min("value2")).show()
)
if _r is not None:
    print(repr(_r))
