from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,), (2,)], ["value"])
_r = (
df.select("*", sf.acosh(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (-0.5), (0.5), (NULL) AS TAB(value)"
).select("*", sf.acosh("value")).show()
)
if _r is not None:
    print(repr(_r))
