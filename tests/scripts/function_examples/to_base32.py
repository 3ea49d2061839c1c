from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.createDataFrame([(b"foobar",)], ["value"])
_r = (
df.select(sf.to_base32("value").alias("r")).collect()
)
if _r is not None:
    print(repr(_r))
