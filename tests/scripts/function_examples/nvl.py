from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(None, 8,), (1, 9,)], ["a", "b"])
_r = (
df.select('*', sf.nvl(df.a, df.b)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.nvl('a', 'b')).show()
)
if _r is not None:
    print(repr(_r))
