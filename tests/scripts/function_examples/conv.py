from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("010101",), ( "101",), ("001",)], ['n'])
_r = (
df.select("*", sf.conv(df.n, 2, 16)).show()
)
if _r is not None:
    print(repr(_r))
