from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(None, 8, 6,), (1, 9, 9,)], ["a", "b", "c"])
_r = (
df.select('*', sf.nvl2(df.a, df.b, df.c)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.nvl2('a', 'b', 'c')).show()
)
if _r is not None:
    print(repr(_r))
