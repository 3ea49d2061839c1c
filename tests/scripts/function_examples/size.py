from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([([1, 2, 3],),([1],),([],)], ['data'])
_r = (
df.select(size(df.data)).collect()
)
if _r is not None:
    print(repr(_r))
