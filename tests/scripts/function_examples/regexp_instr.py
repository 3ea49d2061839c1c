from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("1a 2b 14m", r"\d+(a|b|m)")], ["str", "regexp"])
_r = (
df.select('*', sf.regexp_instr('str', sf.lit(r'\d+(a|b|m)'))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_instr('str', sf.lit(r'\d+(a|b|m)'), sf.lit(1))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_instr('str', sf.col("regexp"))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.regexp_instr(sf.col("str"), "regexp")).show()
)
if _r is not None:
    print(repr(_r))
