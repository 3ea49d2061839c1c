from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([[1, 12, 30, 01.001001]], ['day', 'hour', 'min', 'sec'])
_r = (
df.select('*', sf.make_dt_interval(df.day, df.hour, df.min, df.sec)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[1, 12, 30, 01.001001]], ['day', 'hour', 'min', 'sec'])
_r = (
df.select('*', sf.make_dt_interval(df.day, 'hour', df.min)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[1, 12, 30, 01.001001]], ['day', 'hour', 'min', 'sec'])
_r = (
df.select('*', sf.make_dt_interval(df.day, df.hour)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[1, 12, 30, 01.001001]], ['day', 'hour', 'min', 'sec'])
_r = (
df.select('*', sf.make_dt_interval('day')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.range(1).select(sf.make_dt_interval()).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
