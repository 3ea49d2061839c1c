from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('a.b.c.d',)], ['s'])
_r = (
df.select('*', sf.substring_index(df.s, '.', 2)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.substring_index('s', '.', -3)).show()
)
if _r is not None:
    print(repr(_r))
