from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("Spark SQL", 5, 1,)], ["a", "b", "c"])
_r = (
df.select("*", sf.substr("a", "b", "c")).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.substr(df.a, df.b)).show()
)
if _r is not None:
    print(repr(_r))
