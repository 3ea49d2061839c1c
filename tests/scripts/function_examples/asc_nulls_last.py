from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(0, None), (1, "Bob"), (2, "Alice")], ["age", "name"])
_r = (
df.sort(sf.asc_nulls_last(df.name)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
  [(0, None, "Z"), (1, "Bob", None), (2, "Alice", "Y")], ["age", "name", "grade"])
_r = (
df.sort(sf.asc_nulls_last(df.name), sf.asc_nulls_last(df.grade)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(0, None), (1, "Bob"), (2, "Alice")], ["age", "name"])
_r = (
df.sort(sf.asc_nulls_last("name")).show()
)
if _r is not None:
    print(repr(_r))
