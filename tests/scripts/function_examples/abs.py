from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(-1,), (-2,), (-3,), (None,)], ["value"])
_r = (
df.select("*", sf.abs(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(-1.5,), (-2.5,), (None,), (float("nan"),)], ["value"])
_r = (
df.select("*", sf.abs(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, 1), (2, -2), (3, 3)], ["id", "value"])
_r = (
df.select("*", sf.abs(df.id - df.value)).show()
)
if _r is not None:
    print(repr(_r))
