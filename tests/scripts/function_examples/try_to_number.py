from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([("$78.12",)], ["e"])
_r = (
df.select(sf.try_to_number(df.e, sf.lit("$99.99")).alias('r')).show()
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
    df.select(sf.try_to_number(sf.lit("77"), sf.lit("$99.99")).alias('r')).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
