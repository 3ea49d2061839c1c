from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.range(6)
_r = (
df.select(sf.variance(df.id)).show()
)
if _r is not None:
    print(repr(_r))
