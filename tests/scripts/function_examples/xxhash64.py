from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('ABC', 'DEF')], ['c1', 'c2'])
_r = (
df.select('*', sf.xxhash64('c1')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.xxhash64('c1', df.c2)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.xxhash64('*')).show()
)
if _r is not None:
    print(repr(_r))
