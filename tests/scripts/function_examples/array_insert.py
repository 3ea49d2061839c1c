from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(['a', 'b', 'c'],)], ['data'])
_r = (
df.select(sf.array_insert(df.data, 2, 'd')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(['a', 'b', 'c'],)], ['data'])
_r = (
df.select(sf.array_insert(df.data, -2, 'd')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(['a', 'b', 'c'],)], ['data'])
_r = (
df.select(sf.array_insert(df.data, 5, 'e')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(['a', 'b', 'c'],)], ['data'])
_r = (
df.select(sf.array_insert(df.data, 2, sf.lit(None))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import ArrayType, IntegerType, StructType, StructField
schema = StructType([StructField("data", ArrayType(IntegerType()), True)])
df = spark.createDataFrame([(None,)], schema=schema)
_r = (
df.select(sf.array_insert(df.data, 1, 5)).show()
)
if _r is not None:
    print(repr(_r))
