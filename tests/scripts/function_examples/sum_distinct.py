from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,), (2,), (3,), (4,)], ["numbers"])
_r = (
df.select(sf.sum_distinct('numbers')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,), (1,), (1,), (1,)], ["numbers"])
_r = (
df.select(sf.sum_distinct('numbers')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(None,), (1,), (1,), (2,)], ["numbers"])
_r = (
df.select(sf.sum_distinct('numbers')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql.types import StructType, StructField, IntegerType
schema = StructType([StructField("numbers", IntegerType(), True)])
df = spark.createDataFrame([(None,), (None,), (None,), (None,)], schema=schema)
_r = (
df.select(sf.sum_distinct('numbers')).show()
)
if _r is not None:
    print(repr(_r))
