from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([[True], [True], [True]], ["flag"])
_r = (
df.select(bool_or("flag")).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([[True], [False], [True]], ["flag"])
_r = (
df.select(bool_or("flag")).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([[False], [False], [False]], ["flag"])
_r = (
df.select(bool_or("flag")).show()
)
if _r is not None:
    print(repr(_r))
