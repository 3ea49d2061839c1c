from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as map1, map(3, 'c') as map2")
_r = (
df.select(sf.map_concat("map1", "map2")).show(truncate=False)
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
df = spark.sql("SELECT map(1, 'a', 2, 'b') as map1, map(2, 'c', 3, 'd') as map2")
_r = (
df.select(sf.map_concat("map1", "map2")).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
spark.conf.set("spark.sql.mapKeyDedupPolicy", originalmapKeyDedupPolicy)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a') as map1, map(2, 'b') as map2, map(3, 'c') as map3")
_r = (
df.select(sf.map_concat("map1", "map2", "map3")).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as map1, map() as map2")
_r = (
df.select(sf.map_concat("map1", "map2")).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT map(1, 'a', 2, 'b') as map1, map(3, null) as map2")
_r = (
df.select(sf.map_concat("map1", "map2")).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
