from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.sql("SELECT * FROM VALUES (1, 1), (2, 2), (3, 3), (4, 4) AS tab(y, x)")
_r = (
df.select(sf.regr_sxx("y", "x")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.sql("SELECT * FROM VALUES (1, null) AS tab(y, x)")
_r = (
df.select(sf.regr_sxx("y", "x")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.sql("SELECT * FROM VALUES (null, 1) AS tab(y, x)")
_r = (
df.select(sf.regr_sxx("y", "x")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.sql("SELECT * FROM VALUES (1, 1), (2, null), (3, 3), (4, 4) AS tab(y, x)")
_r = (
df.select(sf.regr_sxx("y", "x")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.sql("SELECT * FROM VALUES (1, 1), (2, null), (null, 3), (4, 4) AS tab(y, x)")
_r = (
df.select(sf.regr_sxx("y", "x")).show()
)
if _r is not None:
    print(repr(_r))
