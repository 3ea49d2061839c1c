from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1, 4, 3)], ['a', 'b', 'c'])
_r = (
df.select("*", sf.least(df.a, "b", df.c)).show()
)
if _r is not None:
    print(repr(_r))
