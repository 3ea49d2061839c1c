from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(1, [1, 2, 3, 4]), (2, [3, -1, 0])],("key", "values"))
_r = (
df.select(exists("values", lambda x: x < 0).alias("any_negative")).show()
)
if _r is not None:
    print(repr(_r))
