from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(4, 'B'), (3, 'A'), (2, 'C')], ['id', 'value'])
_r = (
df.sort(sf.asc("id")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([(4, 'B'), (3, 'A'), (2, 'C')], ['id', 'value'])
_r = (
df.orderBy(sf.asc("value")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame(
    [(2, 'A', 4), (1, 'B', 3), (3, 'A', 2)],
    ['id', 'group', 'value'])
_r = (
df.sort(sf.asc("group"), sf.desc("value")).show()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([(4, 'B'), (3, 'A'), (2, 'C')], ['id', 'value'])
_r = (
df.sort(df.id.asc()).show()
)
if _r is not None:
    print(repr(_r))
