from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('abcd',)], ['s',])
_r = (
df.select('*', sf.locate('b', 's', 1)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.locate('b', df.s, 3)).show()
)
if _r is not None:
    print(repr(_r))
