from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([([2, 1, None, 3],),([1],),([],)], ['data'])
_r = (
df.select(array_sort(df.data).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([(["foo", "foobar", None, "bar"],),(["foo"],),([],)], ['data'])
_r = (
df.select(array_sort(
    "data",
    lambda x, y: when(x.isNull() | y.isNull(), lit(0)).otherwise(length(y) - length(x))
).alias("r")).collect()
)
if _r is not None:
    print(repr(_r))
