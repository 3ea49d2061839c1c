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
df = spark.createDataFrame([[2014, 12, 28, 6, 30, 45.887]],
    ['year', 'month', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(
    sf.make_timestamp_ntz('year', 'month', df.day, df.hour, df.min, df.sec)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
from datetime import date, time
df = spark.range(1).select(
    sf.lit(date(2014, 12, 28)).alias("date"),
    sf.lit(time(6, 30, 45, 887000)).alias("time")
)
_r = (
df.select(sf.make_timestamp_ntz(date=df.date, time=df.time)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
