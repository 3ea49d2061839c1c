from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('2015-07-27',)], ['dt'])
_r = (
df.select('*', sf.next_day(df.dt, 'Sun')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.next_day('dt', 'Sat')).show()
)
if _r is not None:
    print(repr(_r))
