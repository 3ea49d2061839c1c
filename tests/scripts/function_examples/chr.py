from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.range(60, 70).select("*", sf.chr("id")).show()
)
if _r is not None:
    print(repr(_r))
