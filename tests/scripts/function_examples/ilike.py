from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("Spark", "_park")], ['a', 'b'])
_r = (
df.select(ilike(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame(
    [("%SystemDrive%/Users/John", "/%SystemDrive/%//Users%")],
    ['a', 'b']
)
_r = (
df.select(ilike(df.a, df.b, lit('/')).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
