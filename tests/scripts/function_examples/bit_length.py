from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('cat',), ( '🐈',)], ['cat'])
_r = (
df.select('*', sf.bit_length('cat')).show()
)
if _r is not None:
    print(repr(_r))
