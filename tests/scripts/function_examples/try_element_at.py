from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(["a", "b", "c"],)], ['data'])
_r = (
df.select(sf.try_element_at(df.data, sf.lit(1))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(["a", "b", "c"],)], ['data'])
_r = (
df.select(sf.try_element_at(df.data, sf.lit(-1))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([({"a": 1.0, "b": 2.0},)], ['data'])
_r = (
df.select(sf.try_element_at(df.data, sf.lit("a"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(["a", "b", "c"],)], ['data'])
_r = (
df.select(sf.try_element_at(df.data, sf.lit(4))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([({"a": 1.0, "b": 2.0},)], ['data'])
_r = (
df.select(sf.try_element_at(df.data, sf.lit("c"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([({"a": 1.0, "b": 2.0}, "a")], ['data', 'b'])
_r = (
df.select(sf.try_element_at(df.data, 'b')).show()
)
if _r is not None:
    print(repr(_r))
