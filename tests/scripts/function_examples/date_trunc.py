from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('1997-02-28 05:02:11',)], ['ts'])
_r = (
df.select('*', sf.date_trunc('year', df.ts)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.date_trunc('mon', 'ts')).show()
)
if _r is not None:
    print(repr(_r))
