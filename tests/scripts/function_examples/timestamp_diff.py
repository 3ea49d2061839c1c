from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [(datetime.datetime(2016, 3, 11, 9, 0, 7), datetime.datetime(2024, 4, 2, 9, 0, 7))],
    ['ts1', 'ts2'])
_r = (
df.select('*', sf.timestamp_diff('year', 'ts1', 'ts2')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.timestamp_diff('WEEK', 'ts1', 'ts2')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.timestamp_diff('day', df.ts2, df.ts1)).show()
)
if _r is not None:
    print(repr(_r))
