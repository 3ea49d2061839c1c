from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('ab',)], ['data'])
_r = (
df.select(sf.array_repeat(df.data, 3)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(3,)], ['data'])
_r = (
df.select(sf.array_repeat(df.data, 2)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(['apple', 'banana'],)], ['data'])
_r = (
df.select(sf.array_repeat(df.data, 2)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import IntegerType, StructType, StructField
schema = StructType([
  StructField("data", IntegerType(), True)
])
df = spark.createDataFrame([(None, )], schema=schema)
_r = (
df.select(sf.array_repeat(df.data, 3)).show()
)
if _r is not None:
    print(repr(_r))
