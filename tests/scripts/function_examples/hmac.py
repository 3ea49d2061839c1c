from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([("key", "message")], ["key", "message"])
_r = (
df.select(sf.hex(sf.hmac(df.key, df.message))).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([("key", "message")], ["key", "message"])
_r = (
df.select(sf.hex(sf.hmac(df.key, df.message, sf.lit("SHA-1")))).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
