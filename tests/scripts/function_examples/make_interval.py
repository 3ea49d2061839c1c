from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(
    sf.make_interval(df.year, df.month, 'week', df.day, df.hour, df.min, df.sec)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(
    sf.make_interval(df.year, df.month, 'week', df.day, df.hour, df.min)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(
    sf.make_interval(df.year, df.month, 'week', df.day, df.hour)
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(sf.make_interval(df.year, df.month, 'week', df.day)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(sf.make_interval(df.year, df.month, 'week')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(sf.make_interval(df.year, df.month)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[100, 11, 1, 1, 12, 30, 01.001001]],
    ['year', 'month', 'week', 'day', 'hour', 'min', 'sec'])
_r = (
df.select(sf.make_interval(df.year)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.range(1).select(sf.make_interval()).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
