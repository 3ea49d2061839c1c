from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[1],[2]], ["c"])
_r = (
df.select(sf.bit_xor("c")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[None],[2]], ["c"])
_r = (
df.select(sf.bit_xor("c")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import IntegerType, StructType, StructField
schema = StructType([StructField("c", IntegerType(), True)])
df = spark.createDataFrame([[None],[None],[None]], schema=schema)
_r = (
df.select(sf.bit_xor("c")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([[5]], ["c"])
_r = (
df.select(sf.bit_xor("c")).show()
)
if _r is not None:
    print(repr(_r))
