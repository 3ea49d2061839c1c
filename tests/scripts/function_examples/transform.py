from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(1, [1, 2, 3, 4])], ("key", "values"))
_r = (
df.select(transform("values", lambda x: x * 2).alias("doubled")).show()
)
if _r is not None:
    print(repr(_r))
def alternate(x, i):
    return when(i % 2 == 0, x).otherwise(-x)
_r = (
df.select(transform("values", alternate).alias("alternated")).show()
)
if _r is not None:
    print(repr(_r))
