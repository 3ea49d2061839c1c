from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28 10:30:00', 'JST')], ['ts', 'tz'])
_r = (
df.select('*', sf.from_utc_timestamp('ts', 'PST')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.from_utc_timestamp(df.ts, df.tz)).show()
)
if _r is not None:
    print(repr(_r))
