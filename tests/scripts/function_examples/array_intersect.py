from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import Row, functions as sf
df = spark.createDataFrame([Row(c1=["b", "a", "c"], c2=["c", "d", "a", "f"])])
_r = (
df.select(sf.sort_array(sf.array_intersect(df.c1, df.c2))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import Row, functions as sf
df = spark.createDataFrame([Row(c1=["b", "a", "c"], c2=["d", "e", "f"])])
_r = (
df.select(sf.array_intersect(df.c1, df.c2)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import Row, functions as sf
df = spark.createDataFrame([Row(c1=["a", "b", "c"], c2=["a", "b", "c"])])
_r = (
df.select(sf.sort_array(sf.array_intersect(df.c1, df.c2))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import Row, functions as sf
df = spark.createDataFrame([Row(c1=["a", "b", None], c2=["a", None, "c"])])
_r = (
df.select(sf.sort_array(sf.array_intersect(df.c1, df.c2))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import Row, functions as sf
from pyspark.sql.types import ArrayType, StringType, StructField, StructType
data = [Row(c1=[], c2=["a", "b", "c"])]
schema = StructType([
  StructField("c1", ArrayType(StringType()), True),
  StructField("c2", ArrayType(StringType()), True)
])
df = spark.createDataFrame(data, schema)
_r = (
df.select(sf.array_intersect(df.c1, df.c2)).show()
)
if _r is not None:
    print(repr(_r))
