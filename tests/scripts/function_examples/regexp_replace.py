from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame(
     [("100-200", r"(\d+)", "--")],
     ["str", "pattern", "replacement"]
)
_r = (
df.select('*', sf.regexp_replace('str', r'(\d+)', '--')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', \
    sf.regexp_replace(sf.col("str"), sf.col("pattern"), sf.col("replacement")) \
).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(sf.regexp_replace("str", r"(\d+)", "--", 5).alias("d")).show()
)
if _r is not None:
    print(repr(_r))
