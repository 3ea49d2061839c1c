from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28',)], ['ts'])
_r = (
df.select('*', sf.try_to_date(df.ts)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.try_to_date('ts', 'yyyy-MM-dd')).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([('foo',)], ['ts'])
_r = (
df.select(sf.try_to_date(df.ts)).show()
)
if _r is not None:
    print(repr(_r))
