from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("ABCabc", "abc", "DEF",)], ["a", "b", "c"])
_r = (
df.select(replace(df.a, df.b, df.c).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(replace(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
