from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(-2, 2)], ['start', 'stop'])
_r = (
df.select(sf.sequence(df.start, df.stop)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(4, -4, -2)], ['start', 'stop', 'step'])
_r = (
df.select(sf.sequence(df.start, df.stop, df.step)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(5, 1, -1)], ['start', 'stop', 'step'])
_r = (
df.select(sf.sequence(df.start, df.stop, df.step)).show()
)
if _r is not None:
    print(repr(_r))
