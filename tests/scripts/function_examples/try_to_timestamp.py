from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28 10:30:00',)], ['t'])
_r = (
df.select(sf.try_to_timestamp(df.t)).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([('1997-02-28 10:30:00',)], ['t'])
_r = (
df.select(sf.try_to_timestamp(df.t, sf.lit('yyyy-MM-dd HH:mm:ss'))).show()
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
    df = spark.createDataFrame([('malformed',)], ['t'])
    df.select(sf.try_to_timestamp(df.t)).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
