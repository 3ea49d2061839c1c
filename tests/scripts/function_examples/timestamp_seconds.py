from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
_r = (
spark.conf.set("spark.sql.session.timeZone", "UTC")
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1230219000,), (1280219000,)], ['seconds'])
_r = (
df.select('*', sf.timestamp_seconds('seconds')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
