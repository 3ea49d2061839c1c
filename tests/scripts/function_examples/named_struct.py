from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(1, 2)], ['a', 'b'])
_r = (
df.select("*", sf.named_struct(sf.lit('x'), df.a, sf.lit('y'), "b")).show()
)
if _r is not None:
    print(repr(_r))
