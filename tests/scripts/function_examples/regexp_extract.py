from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('100-200',)], ['str'])
_r = (
df.select('*', sf.regexp_extract('str', r'(\d+)-(\d+)', 1)).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([('foo',)], ['str'])
_r = (
df.select('*', sf.regexp_extract('str', r'(\d+)', 1)).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([('aaaac',)], ['str'])
_r = (
df.select('*', sf.regexp_extract(sf.col('str'), '(a+)(b)?(c)', 2)).show()
)
if _r is not None:
    print(repr(_r))
