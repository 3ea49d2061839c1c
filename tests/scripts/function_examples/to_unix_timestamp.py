from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
_r = (
spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('2015-04-08 12:12:12',)], ['ts'])
_r = (
df.select('*', sf.to_unix_timestamp('ts')).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('2015-04-08',)], ['dt'])
_r = (
df.select('*', sf.to_unix_timestamp(df.dt, sf.lit('yyyy-MM-dd'))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame(
    [('2015-04-08', 'yyyy-MM-dd'), ('2025+01+09', 'yyyy+MM+dd')], ['dt', 'fmt'])
_r = (
df.select('*', sf.to_unix_timestamp('dt', 'fmt')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
