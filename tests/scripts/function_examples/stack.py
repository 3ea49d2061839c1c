from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, 2, 3)], ['a', 'b', 'c'])
_r = (
df.select('*', sf.stack(sf.lit(2), df.a, df.b, 'c')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.stack(sf.lit(2), df.a, df.b, 'c').alias('x', 'y')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.stack(sf.lit(3), df.a, df.b, 'c')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.stack(sf.lit(4), df.a, df.b, 'c')).show()
)
if _r is not None:
    print(repr(_r))
