from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('abcd',)], ['s',])
_r = (
df.select('*', sf.substring(df.s, 1, 2)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('Spark', 2, 3)], ['s', 'p', 'l'])
_r = (
df.select('*', sf.substring(df.s, 2, df.l)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.substring(df.s, df.p, 3)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.substring(df.s, df.p, df.l)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('Spark', 2, 3)], ['s', 'p', 'l'])
_r = (
df.select('*', sf.substring(df.s, 2, 'l')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.substring('s', 'p', 'l')).show()
)
if _r is not None:
    print(repr(_r))
