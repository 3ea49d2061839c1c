from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
_r = (
col('x')
)
if _r is not None:
    print(repr(_r))
_r = (
column('x')
)
if _r is not None:
    print(repr(_r))
