from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [(None, 1), ("a", 2), ("a", 3), ("b", 8), ("b", 2)], ["c1", "c2"])
_r = (
df.select(sf.any_value('c1'), sf.any_value('c2')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(sf.any_value('c1', True), sf.any_value('c2', True)).show()
)
if _r is not None:
    print(repr(_r))
