from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("SPARK_SQL", "CORE")], ("x", "y"))
_r = (
df.select("*", sf.overlay("x", df.y, 7)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.overlay("x", df.y, 7, 0)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select("*", sf.overlay("x", "y", 7, 2)).show()
)
if _r is not None:
    print(repr(_r))
