from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("This is an example sentence.", )], ["s"])
_r = (
df.select("*", sf.sentences(df.s, sf.lit("en"), sf.lit("US"))).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.sentences(df.s, sf.lit("en"))).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.sentences(df.s)).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
