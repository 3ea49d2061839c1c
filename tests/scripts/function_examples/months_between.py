from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28 10:30:00', '1996-10-30')], ['d1', 'd2'])
_r = (
df.select('*', sf.months_between(df.d1, df.d2)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.months_between('d2', 'd1')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.months_between('d1', df.d2, False)).show()
)
if _r is not None:
    print(repr(_r))
