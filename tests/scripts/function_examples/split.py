from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('oneAtwoBthreeC',)], ['s',])
_r = (
df.select('*', sf.split(df.s, '[ABC]')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.split(df.s, '[ABC]', 2)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.split('s', '[ABC]', -2)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([
    ('oneAtwoBthreeC', '[ABC]', 2),
    ('1A2B3C', '[1-9]+', 1),
    ('aa2bb3cc4', '[1-9]+', -1)], ['s', 'p', 'l'])
_r = (
df.select('*', sf.split(df.s, df.p)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(sf.split('s', df.p, 'l')).show()
)
if _r is not None:
    print(repr(_r))
