from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("100-200, 300-400", r"(\d+)-(\d+)")], ["str", "regexp"])
_r = (
df.select('*', sf.regexp_extract_all('str', sf.lit(r'(\d+)-(\d+)'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_extract_all('str', sf.lit(r'(\d+)-(\d+)'), sf.lit(1))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_extract_all('str', sf.lit(r'(\d+)-(\d+)'), 2)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_extract_all('str', sf.col("regexp"))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_extract_all(sf.col('str'), "regexp")).show()
)
if _r is not None:
    print(repr(_r))
