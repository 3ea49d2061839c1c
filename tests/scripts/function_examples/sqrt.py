from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (-1), (0), (1), (4), (NULL) AS TAB(value)"
).select("*", sf.sqrt("value")).show()
)
if _r is not None:
    print(repr(_r))
