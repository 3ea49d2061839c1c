from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("abcd",), ("xyz",)], ["s",])
_r = (
df.select("*", sf.instr(df.s, "b")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("abcd",), ("xyz",)], ["s",])
_r = (
df.select("*", sf.instr("s", sf.lit("abc").substr(0, 2))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("aabcd",), ("xyz",)], ["s",])
_r = (
df.select("*", sf.instr("s", "b", 1, 2)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([("aabcd",), ("xyz",)], ["s",])
_r = (
df.select("*", sf.instr("s", "a", 2)).show()
)
if _r is not None:
    print(repr(_r))
