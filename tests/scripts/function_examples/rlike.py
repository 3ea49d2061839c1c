from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([("1a 2b 14m", r"(\d+)")], ["str", "regexp"])
_r = (
df.select('*', sf.rlike('str', sf.lit(r'(\d+)'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.rlike('str', sf.lit(r'\d{2}b'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.rlike("str", sf.col("regexp"))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.rlike("str", "regexp")).show()
)
if _r is not None:
    print(repr(_r))
