from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('abcd',), ('xyz',), ('12',)], ['s',])
_r = (
df.select("*", sf.rpad(df.s, 6, '#')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([('abcd',), ('xyz',), ('12',)], ['s',])
_r = (
df.select("*", sf.rpad(df.s, 6, sf.lit(b"uv"))).show()
)
if _r is not None:
    print(repr(_r))
