from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("SSparkSQLS", "SL", )], ['a', 'b'])
_r = (
df.select(btrim(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([("    SparkSQL   ",)], ['a'])
_r = (
df.select(btrim(df.a).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
