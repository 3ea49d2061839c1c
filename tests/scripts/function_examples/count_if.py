from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("a", 1), ("a", 2), ("a", 3), ("b", 8), ("b", 2)], ["c1", "c2"])
_r = (
df.select(sf.count_if(sf.col('c2') % 2 == 0)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
  [("apple",), ("banana",), ("cherry",), ("apple",), ("banana",)], ["fruit"])
_r = (
df.select(sf.count_if(sf.col('fruit').startswith('a'))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,), (2,), (3,), (4,), (5,)], ["num"])
_r = (
df.select(sf.count_if(sf.col('num') > 3)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(True,), (False,), (True,), (False,), (True,)], ["b"])
_r = (
df.select(sf.count('b'), sf.count_if('b')).show()
)
if _r is not None:
    print(repr(_r))
