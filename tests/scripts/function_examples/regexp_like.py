from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [("1a 2b 14m", r"(\d+)")], ["str", "regexp"]
).select(sf.regexp_like('str', sf.lit(r'(\d+)'))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [("1a 2b 14m", r"(\d+)")], ["str", "regexp"]
).select(sf.regexp_like('str', sf.lit(r'\d{2}b'))).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [("1a 2b 14m", r"(\d+)")], ["str", "regexp"]
).select(sf.regexp_like('str', sf.col("regexp"))).show()
)
if _r is not None:
    print(repr(_r))
