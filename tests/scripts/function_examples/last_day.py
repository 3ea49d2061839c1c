from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('1997-02-10',)], ['dt'])
_r = (
df.select('*', sf.last_day(df.dt)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.last_day('dt')).show()
)
if _r is not None:
    print(repr(_r))
