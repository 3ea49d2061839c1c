from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('ab',)], ['s',])
_r = (
df.select("*", sf.repeat("s", 3)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.repeat(df.s, sf.lit(4))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('ab', 5,), ('abc', 6,)], ['s', 't'])
_r = (
df.select("*", sf.repeat("s", "t")).show()
)
if _r is not None:
    print(repr(_r))
