from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame(["   Spark", "Spark  ", " Spark"], "STRING")
_r = (
df.select("*", sf.trim("value")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(["***Spark", "Spark**", "*Spark"], "STRING")
_r = (
df.select("*", sf.trim("value", sf.lit("*"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("**Spark*", "*"), ("==Spark=", "=")], ["value", "t"])
_r = (
df.select("*", sf.trim("value", "t")).show()
)
if _r is not None:
    print(repr(_r))
