from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1],[2],[3],[None]], ["value"])
_r = (
df.select("*", sf.bit_get("value", sf.lit(1))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.createDataFrame([[1,2],[2,1],[3,None],[None,1]], ["value", "pos"])
_r = (
df.select("*", sf.bit_get(df.value, "pos")).show()
)
if _r is not None:
    print(repr(_r))
