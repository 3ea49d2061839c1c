from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(5,)], ["a"])
_r = (
df.select("*", sf.format_number("a", 4), sf.format_number(df.a, 6)).show()
)
if _r is not None:
    print(repr(_r))
