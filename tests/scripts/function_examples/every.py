from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [[True], [True], [True]], ["flag"]
).select(sf.every("flag")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [[True], [False], [True]], ["flag"]
).select(sf.every("flag")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [[False], [False], [False]], ["flag"]
).select(sf.every("flag")).show()
)
if _r is not None:
    print(repr(_r))
