from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28 10:30:00',)], ['ts'])
_r = (
df.select('*', sf.to_date(df.ts)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.to_date('ts', 'yyyy-MM-dd HH:mm:ss')).show()
)
if _r is not None:
    print(repr(_r))
