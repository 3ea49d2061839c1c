from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(123,)], ['a'])
_r = (
df.select('*', sf.bitmap_bucket_number('a')).show()
)
if _r is not None:
    print(repr(_r))
