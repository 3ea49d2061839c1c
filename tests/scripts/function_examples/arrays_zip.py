from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, 2, 3], ['a', 'b', 'c'])], ['nums', 'letters'])
_r = (
df.select(sf.arrays_zip(df.nums, df.letters)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, 2], ['a', 'b', 'c'])], ['nums', 'letters'])
_r = (
df.select(sf.arrays_zip(df.nums, df.letters)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
  [([1, 2], ['a', 'b'], [True, False])], ['nums', 'letters', 'bools'])
_r = (
df.select(sf.arrays_zip(df.nums, df.letters, df.bools)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([([1, 2, None], ['a', None, 'c'])], ['nums', 'letters'])
_r = (
df.select(sf.arrays_zip(df.nums, df.letters)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
