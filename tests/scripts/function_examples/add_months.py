from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('2015-04-08', 2,)], 'struct<dt:string,a:int>')
_r = (
df.select('*', sf.add_months(df.dt, 1)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.add_months('dt', 'a')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.add_months('dt', sf.lit(-1))).show()
)
if _r is not None:
    print(repr(_r))
