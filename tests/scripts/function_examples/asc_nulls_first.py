from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, "Bob"), (0, None), (2, "Alice")], ["age", "name"])
_r = (
df.sort(sf.asc_nulls_first(df.name)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
  [(1, "Bob", None), (0, None, "Z"), (2, "Alice", "Y")], ["age", "name", "grade"])
_r = (
df.sort(sf.asc_nulls_first(df.name), sf.asc_nulls_first(df.grade)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, "Bob"), (0, None), (2, "Alice")], ["age", "name"])
_r = (
df.sort(sf.asc_nulls_first("name")).show()
)
if _r is not None:
    print(repr(_r))
