from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.conf.set("spark.sql.session.timeZone", "UTC")
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.set("spark.sql.timestampNanosTypes.enabled", "true")
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([(1577885075123456789,)], ['nanos'])
_r = (
df.select(sf.timestamp_nanos('nanos')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(sf.timestamp_nanos(sf.lit(None).cast('bigint'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.timestampNanosTypes.enabled")
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
