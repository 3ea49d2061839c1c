from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
_r = (
spark.range(5).select("*", sf.pow("id", 2)).show()
)
if _r is not None:
    print(repr(_r))
