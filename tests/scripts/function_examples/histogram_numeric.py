from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.range(100, numPartitions=1)
_r = (
df.select(sf.histogram_numeric('id', sf.lit(5))).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
