from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('2015-04-08 13:08:15',), ('2024-10-31 10:09:16',)], ['ts'])
_r = (
df.select("*", sf.typeof('ts'), sf.minute('ts')).show()
)
if _r is not None:
    print(repr(_r))
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame([
    (datetime.datetime(2015, 4, 8, 13, 8, 15),),
    (datetime.datetime(2024, 10, 31, 10, 9, 16),)], ['ts'])
_r = (
df.select("*", sf.typeof('ts'), sf.minute('ts')).show()
)
if _r is not None:
    print(repr(_r))
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame([
    ("13:08:15",),
    ("10:09:16",)], ['t']).withColumn("t", sf.col("t").cast("time"))
_r = (
df.select("*", sf.typeof('t'), sf.minute('t')).show()
)
if _r is not None:
    print(repr(_r))
