from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("Spark SQL", 3,)], ['a', 'b'])
_r = (
df.select(right(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
