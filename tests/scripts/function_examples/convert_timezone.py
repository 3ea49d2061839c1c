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
df = spark.createDataFrame([('2015-04-08 00:00:00',)], ['ts'])
import pyspark.sql.functions as sf
df = spark.createDataFrame([('2015-04-08 15:00:00',)], ['ts'])
_r = (
df.select(
    '*',
    sf.convert_timezone(sf.lit('Asia/Hong_Kong'), sf.lit('America/Los_Angeles'), df.ts)
).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.session.timeZone")
)
if _r is not None:
    print(repr(_r))
