from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([('ABC', 3)], ['a', 'b'])
_r = (
df.select('*', sf.hex('a'), sf.hex(df.b)).show()
)
if _r is not None:
    print(repr(_r))
