from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("https://spark.apache.org",)], ["url"])
_r = (
df.select(sf.url_encode(df.url)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("Hello World!",)], ["url"])
_r = (
df.select(sf.url_encode(df.url)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("A+B==",)], ["url"])
_r = (
df.select(sf.url_encode(df.url)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("你好",)], ["url"])
_r = (
df.select(sf.url_encode(df.url)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("~!@#$%^&*()_+",)], ["url"])
_r = (
df.select(sf.url_encode(df.url)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
