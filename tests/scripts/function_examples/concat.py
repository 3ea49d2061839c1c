from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('abcd','123')], ['s', 'd'])
_r = (
df.select(sf.concat(df.s, df.d)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, 2], [3, 4], [5]), ([1, 2], None, [3])], ['a', 'b', 'c'])
_r = (
df.select(sf.concat(df.a, df.b, df.c)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, 2, 3)], ['a', 'b', 'c'])
_r = (
df.select(sf.concat(df.a, df.b, df.c)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(bytearray(b'abc'), bytearray(b'def'))], ['a', 'b'])
_r = (
df.select(sf.concat(df.a, df.b)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,"abc",3,"def")], ['a','b','c','d'])
_r = (
df.select(sf.concat(df.a, df.b, df.c, df.d)).show()
)
if _r is not None:
    print(repr(_r))
