from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,),(2,),(3,)], ["a"])
_r = (
df.select(
    sf.bitmap_construct_agg(sf.bitmap_bit_position('a'))
).show()
)
if _r is not None:
    print(repr(_r))
