from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(None,), ("a",), ("b",), ("c",)], schema=["alphabets"])
_r = (
df.select(sf.count(sf.expr("*"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
df.select(sf.count(df.alphabets)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [(1, "apple"), (2, "banana"), (3, None)], schema=["id", "fruit"])
_r = (
df.select(sf.count(sf.expr("*"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
df.select(sf.count(df.id), sf.count(df.fruit)).show()
)
if _r is not None:
    print(repr(_r))
