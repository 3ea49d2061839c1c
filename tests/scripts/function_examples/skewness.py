from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[1],[2]], ["c"])
_r = (
df.select(sf.skewness(df.c)).show()
)
if _r is not None:
    print(repr(_r))
