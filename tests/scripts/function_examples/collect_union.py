from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [([1, 2],), ([2, 3],), ([1],)], ('value',))
_r = (
df.select(sf.sort_array(sf.collect_union('value')).alias('u')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [("a", [1, 2]), ("a", [2, 3]), ("b", [4])], ("k", "value"))
df = df.groupBy("k").agg(sf.sort_array(sf.collect_union('value')).alias('u'))
_r = (
df.orderBy("k").show()
)
if _r is not None:
    print(repr(_r))
