from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([('name',)], ['dt'])
_r = (
df.select(collation('dt').alias('collation')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
