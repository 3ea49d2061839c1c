from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.range(3)
_r = (
df.select("*", sf.when(df['id'] == 2, 3).otherwise(4)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.when(df.id == 2, df.id + 1)).show()
)
if _r is not None:
    print(repr(_r))
