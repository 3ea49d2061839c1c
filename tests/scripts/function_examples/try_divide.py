from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [(6000, 15), (1990, 2), (1234, 0)], ["a", "b"]
).select("*", sf.try_divide("a", "b")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.range(4).select(sf.make_interval(sf.lit(1)).alias("itvl"), "id")
_r = (
df.select("*", sf.try_divide("itvl", "id")).show()
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
    spark.range(1).select(sf.try_divide("id", sf.lit(0))).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
