from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("AbCD123-@$#",), ("abcd-EFGH-8765-4321",)], ['data'])
_r = (
df.select(mask(df.data).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(mask(df.data, lit('Y')).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(mask(df.data, lit('Y'), lit('y')).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(mask(df.data, lit('Y'), lit('y'), lit('d')).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(mask(df.data, lit('Y'), lit('y'), lit('d'), lit('*')).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
