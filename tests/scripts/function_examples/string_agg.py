from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('a',), ('b',), (None,), ('c',)], ['strings'])
_r = (
df.select(sf.string_agg('strings')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([('a',), ('b',), (None,), ('c',)], ['strings'])
_r = (
df.select(sf.string_agg('strings', ', ')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(b'',), (b'',), (None,), (b'',)], ['bytes'])
_r = (
df.select(sf.string_agg('bytes', b'B')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import StructType, StructField, StringType
schema = StructType([StructField("strings", StringType(), True)])
df = spark.createDataFrame([(None,), (None,), (None,), (None,)], schema=schema)
_r = (
df.select(sf.string_agg('strings')).show()
)
if _r is not None:
    print(repr(_r))
