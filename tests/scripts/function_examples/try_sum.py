from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
_r = (
spark.range(10).select(sf.try_sum("id")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, 2), (3, 4)], ["A", "B"])
_r = (
df.select(sf.try_sum(sf.col("A") + sf.col("B"))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1982, None), (1990, 2), (2000, 4)], ["birth", "age"])
_r = (
df.select(sf.try_sum("age")).show()
)
if _r is not None:
    print(repr(_r))
from decimal import Decimal
import pyspark.sql.functions as sf
origin = spark.conf.get("spark.sql.ansi.enabled")
_r = (
spark.conf.set("spark.sql.ansi.enabled", "true")
)
if _r is not None:
    print(repr(_r))
try:
    df = spark.createDataFrame([(Decimal("1" * 38),)] * 10, "number DECIMAL(38, 0)")
    df.select(sf.try_sum(df.number)).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
