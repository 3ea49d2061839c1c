from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.conf.set("spark.sql.timestampNanosTypes.enabled", "true")
)
if _r is not None:
    print(repr(_r))
df = spark.sql(
    "SELECT TIMESTAMP_NTZ '2020-01-01 13:24:35.123456789' AS ts"
)
_r = (
df.select('*', sf.unix_nanos('ts')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(sf.unix_nanos(sf.lit(None).cast('timestamp_ntz(9)'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.unset("spark.sql.timestampNanosTypes.enabled")
)
if _r is not None:
    print(repr(_r))
