from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('Spark SQL',)], ['data'])
_r = (
df.select(sf.reverse(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([2, 1, 3],) ,([1],) ,([],)], ['data'])
_r = (
df.select(sf.reverse(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(bytearray(b"\xCA\xFE"),)], "data: binary")
_r = (
df.select(sf.hex(sf.reverse(df.data))).show()
)
if _r is not None:
    print(repr(_r))
