from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("https%3A%2F%2Fspark.apache.org",)], ["url"])
_r = (
df.select(sf.try_url_decode(df.url)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("https%3A%2F%2spark.apache.org",)], ["url"])
_r = (
df.select(sf.try_url_decode(df.url)).show()
)
if _r is not None:
    print(repr(_r))
