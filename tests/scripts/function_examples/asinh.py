from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(-0.5,), (0.0,), (0.5,)], ["value"])
_r = (
df.select("*", sf.asinh(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (FLOAT('NAN')), (NULL) AS TAB(value)"
).select("*", sf.asinh("value")).show()
)
if _r is not None:
    print(repr(_r))
