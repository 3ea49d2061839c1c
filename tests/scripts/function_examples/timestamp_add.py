from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [(datetime.datetime(2016, 3, 11, 9, 0, 7), 2),
     (datetime.datetime(2024, 4, 2, 9, 0, 7), 3)], ['ts', 'quantity'])
_r = (
df.select('*', sf.timestamp_add('year', 'quantity', 'ts')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.timestamp_add('WEEK', sf.lit(5), df.ts)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.timestamp_add('day', sf.lit(-5), 'ts')).show()
)
if _r is not None:
    print(repr(_r))
