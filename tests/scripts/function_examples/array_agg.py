from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[1],[2]], ["c"])
_r = (
df.agg(sf.sort_array(sf.array_agg('c')).alias('sorted_list')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([["apple"],["apple"],["banana"]], ["c"])
_r = (
df.agg(sf.sort_array(sf.array_agg('c')).alias('sorted_list')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[None],[2]], ["c"])
_r = (
df.agg(sf.sort_array(sf.array_agg('c')).alias('sorted_list')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],["apple"],[2]], ["c"])
_r = (
df.agg(sf.sort_array(sf.array_agg('c')).alias('sorted_list')).show()
)
if _r is not None:
    print(repr(_r))
