from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [(1982, 15), (1990, 2)], ["birth", "age"]
).select("*", sf.try_add("birth", "age")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (DATE('2015-09-30')) AS TAB(date)"
).select("*", sf.try_add("date", sf.lit(1))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (DATE('2015-09-30'), INTERVAL 1 YEAR) AS TAB(date, itvl)"
).select("*", sf.try_add("date", "itvl")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (INTERVAL 1 YEAR, INTERVAL 2 YEAR) AS TAB(itvl1, itvl2)"
).select("*", sf.try_add("itvl1", "itvl2")).show()
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
    spark.range(1).select(sf.try_add(sf.lit(sys.maxsize), sf.lit(sys.maxsize))).show()
finally:
    spark.conf.set("spark.sql.ansi.enabled", origin)
