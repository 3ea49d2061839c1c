from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, None, 2, 3],)], ['data'])
_r = (
df.select(sf.array_compact(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, None, 2, 3],), ([4, 5, None, 4],)], ['data'])
_r = (
df.select(sf.array_compact(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import ArrayType, StringType, StructField, StructType
schema = StructType([
  StructField("data", ArrayType(StringType()), True)
])
df = spark.createDataFrame([([None, None, None],)], schema)
_r = (
df.select(sf.array_compact(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, 2, 3],)], ['data'])
_r = (
df.select(sf.array_compact(df.data)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import ArrayType, StringType, StructField, StructType
schema = StructType([
  StructField("data", ArrayType(StringType()), True)
])
df = spark.createDataFrame([([],)], schema)
_r = (
df.select(sf.array_compact(df.data)).show()
)
if _r is not None:
    print(repr(_r))
