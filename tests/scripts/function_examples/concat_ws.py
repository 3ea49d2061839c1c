from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("abcd", "123")], ["s", "d"])
_r = (
df.select("*", sf.concat_ws("-", df.s, "d", sf.lit("xyz"))).show()
)
if _r is not None:
    print(repr(_r))
