from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
_r = (
spark.sql(
    "SELECT * FROM VALUES (180), (90), (45), (0) AS TAB(value)"
).select("*", sf.radians("value")).show()
)
if _r is not None:
    print(repr(_r))
