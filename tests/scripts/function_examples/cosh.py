from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(-1,), (0,), (1,)], ["value"])
_r = (
df.select("*", sf.cosh(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (FLOAT('NAN')), (NULL) AS TAB(value)"
).select("*", sf.cosh("value")).show()
)
if _r is not None:
    print(repr(_r))
