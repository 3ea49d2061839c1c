from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(0, 1)], ['a', 'b'])
_r = (
df.select('*', sf.assert_true(df.a < df.b)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.assert_true(df.a < df.b, df.a)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.assert_true(df.a < df.b, 'error')).show()
)
if _r is not None:
    print(repr(_r))
