from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(1, {"foo": -2.0, "bar": 2.0})], ("id", "data"))
row = df.select(transform_keys(
    "data", lambda k, _: upper(k)).alias("data_upper")
).head()
_r = (
sorted(row["data_upper"].items())
)
if _r is not None:
    print(repr(_r))
