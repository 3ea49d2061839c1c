from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("11.12.13", ".", 3,)], ["a", "b", "c"])
_r = (
df.select("*", sf.split_part("a", "b", "c")).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.split_part(df.a, df.b, sf.lit(-2))).show()
)
if _r is not None:
    print(repr(_r))
