from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(None,), (1,)], ["e"])
_r = (
df.select(sf.ifnull(df.e, sf.lit(8))).show()
)
if _r is not None:
    print(repr(_r))
