from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('ABC',)], ['a'])
_r = (
df.select('*', sf.crc32('a')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
