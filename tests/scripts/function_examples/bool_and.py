from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([[True], [True], [True]], ["flag"])
_r = (
df.select(sf.bool_and("flag")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[True], [False], [True]], ["flag"])
_r = (
df.select(sf.bool_and("flag")).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([[False], [False], [False]], ["flag"])
_r = (
df.select(sf.bool_and("flag")).show()
)
if _r is not None:
    print(repr(_r))
