from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([
  (1, {"A": 1, "B": 2}, {"A": 3, "B": 4})],
  ("id", "map1", "map2"))
row = df.select(
  sf.map_zip_with("map1", "map2", lambda _, v1, v2: v1 + v2).alias("updated_data")
).head()
_r = (
sorted(row["updated_data"].items())
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([
  (1, {"A": 1, "B": 2}, {"A": 3, "B": 4})],
  ("id", "map1", "map2"))
row = df.select(
  sf.map_zip_with("map1", "map2",
    lambda k, v1, v2: sf.when(k == "A", v1 + v2).otherwise(v1 - v2)
  ).alias("updated_data")
).head()
_r = (
sorted(row["updated_data"].items())
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([
  (1, {"A": 1, "B": 2}, {"B": 3, "C": 4})],
  ("id", "map1", "map2"))
row = df.select(
  sf.map_zip_with("map1", "map2",
    lambda _, v1, v2: sf.when(v2.isNull(), v1).otherwise(v1 + v2)
  ).alias("updated_data")
).head()
_r = (
sorted(row["updated_data"].items())
)
if _r is not None:
    print(repr(_r))
