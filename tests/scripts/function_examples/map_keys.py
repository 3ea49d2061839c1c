from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as data")
_r = (
df.select(sf.sort_array(sf.map_keys("data"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(array(1, 2), 'a', array(3, 4), 'b') as data")
_r = (
df.select(sf.sort_array(sf.map_keys("data"))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
originalmapKeyDedupPolicy = spark.conf.get("spark.sql.mapKeyDedupPolicy")
_r = (
spark.conf.set("spark.sql.mapKeyDedupPolicy", "LAST_WIN")
)
if _r is not None:
    print(repr(_r))
df = spark.sql("SELECT map(1, 'a', 1, 'b') as data")
_r = (
df.select(sf.map_keys("data")).show()
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.set("spark.sql.mapKeyDedupPolicy", originalmapKeyDedupPolicy)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map() as data")
_r = (
df.select(sf.map_keys("data")).show()
)
if _r is not None:
    print(repr(_r))
