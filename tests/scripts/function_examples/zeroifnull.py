from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(None,), (1,)], ["a"])
_r = (
df.select('*', sf.zeroifnull(df.a)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.zeroifnull('a')).show()
)
if _r is not None:
    print(repr(_r))
