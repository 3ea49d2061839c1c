from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('2015-04-08','2015-05-10')], ['d1', 'd2'])
_r = (
df.select('*', sf.date_diff('d1', 'd2')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.date_diff(df.d2, df.d1)).show()
)
if _r is not None:
    print(repr(_r))
