from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('1997-02-28',)], ['dt'])
_r = (
df.select('*', sf.trunc(df.dt, 'year')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.trunc('dt', 'mon')).show()
)
if _r is not None:
    print(repr(_r))
