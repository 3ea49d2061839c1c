from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("1a 2b 14m", r"\d+")], ["str", "regexp"])
_r = (
df.select('*', sf.regexp_count('str', sf.lit(r'\d+'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_count('str', sf.lit(r'mmm'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_count("str", sf.col("regexp"))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_count(sf.col('str'), "regexp")).show()
)
if _r is not None:
    print(repr(_r))
