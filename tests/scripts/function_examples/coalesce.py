from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(None, None), (1, None), (None, 2)], ("a", "b"))
_r = (
df.show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.coalesce("a", df["b"])).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.coalesce(df["a"], lit(0.0))).show()
)
if _r is not None:
    print(repr(_r))
