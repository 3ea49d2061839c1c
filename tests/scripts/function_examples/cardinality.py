from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [([1, 2, 3],),([1],),([],)], ['data']
).select(sf.cardinality("data")).show()
)
if _r is not None:
    print(repr(_r))
