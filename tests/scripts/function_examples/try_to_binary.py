from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([("abc",)], ["e"])
_r = (
df.select(sf.try_to_binary(df.e, sf.lit("utf-8")).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([("414243",)], ["e"])
_r = (
df.select(sf.try_to_binary(df.e).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
origin = spark.conf.get("spark.sql.ansi.enabled")
_r = (
spark.conf.set("spark.sql.ansi.enabled", "true")
)
if _r is not None:
    print(repr(_r))
try:
    df = spark.range(1)
    df.select(sf.try_to_binary(sf.lit("malformed"), sf.lit("hex"))).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
