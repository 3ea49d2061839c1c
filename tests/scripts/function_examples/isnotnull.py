from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(None,), (1,)], ["e"])
_r = (
df.select('*', sf.isnotnull(df.e)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.isnotnull('e')).show()
)
if _r is not None:
    print(repr(_r))
