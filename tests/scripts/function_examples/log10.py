from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1,), (10,), (100,)], ["value"])
_r = (
df.select("*", sf.log10(df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (-1), (0), (FLOAT('NAN')), (NULL) AS TAB(value)"
).select("*", sf.log10("value")).show()
)
if _r is not None:
    print(repr(_r))
