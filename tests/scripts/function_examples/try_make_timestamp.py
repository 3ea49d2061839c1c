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
df = spark.createDataFrame([[2014, 12, 28, 6, 30, 45.887, 'CET']],
    ['year', 'month', 'day', 'hour', 'min', 'sec', 'tz'])
_r = (
df.select(
    sf.try_make_timestamp(df.year, df.month, df.day, 'hour', df.min, df.sec, 'tz')
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[2014, 12, 28, 6, 30, 45.887, 'CET']],
    ['year', 'month', 'day', 'hour', 'min', 'sec', 'tz'])
_r = (
df.select(
    sf.try_make_timestamp(df.year, df.month, df.day, 'hour', df.min, df.sec)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[2014, 13, 28, 6, 30, 45.887, 'CET']],
    ['year', 'month', 'day', 'hour', 'min', 'sec', 'tz'])
_r = (
df.select(
    sf.try_make_timestamp(df.year, df.month, df.day, 'hour', df.min, df.sec)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
from datetime import date, time
df = spark.range(1).select(
    sf.lit(date(2014, 12, 28)).alias("date"),
    sf.lit(time(6, 30, 45, 887000)).alias("time"),
    sf.lit("CET").alias("tz")
)
_r = (
df.select(
    sf.try_make_timestamp(date=df.date, time=df.time, timezone=df.tz)
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
df.select(sf.try_make_timestamp(date=df.date, time=df.time)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
