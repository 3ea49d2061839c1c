from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (0.0), (PI() / 2), (PI() / 4) AS TAB(value)"
).select("*", sf.sin("value")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (FLOAT('NAN')), (NULL) AS TAB(value)"
).select("*", sf.sin("value")).show()
)
if _r is not None:
    print(repr(_r))
