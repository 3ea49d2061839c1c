from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(0,), (1,)], ["a"])
_r = (
df.select('*', sf.nullifzero(df.a)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.nullifzero('a')).show()
)
if _r is not None:
    print(repr(_r))
