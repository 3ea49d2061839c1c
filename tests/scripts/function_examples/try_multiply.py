from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [(6000, 15), (1990, 2)], ["a", "b"]
).select("*", sf.try_multiply("a", "b")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.range(6).select(sf.make_interval(sf.col("id"), sf.lit(3)).alias("itvl"), "id")
_r = (
df.select("*", sf.try_multiply("itvl", "id")).show()
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
    spark.range(1).select(sf.try_multiply(sf.lit(sys.maxsize), sf.lit(sys.maxsize))).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
