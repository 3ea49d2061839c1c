from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as data")
_r = (
df.select(sf.map_contains_key("data", 1)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as data")
_r = (
df.select(sf.map_contains_key("data", -1)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as data, 1 as key")
_r = (
df.select(sf.map_contains_key("data", sf.col("key"))).show()
)
if _r is not None:
    print(repr(_r))
