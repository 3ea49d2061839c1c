from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(1, "scala", "java")], ['a', 'b', 'c'])
_r = (
df.select(elt(df.a, df.b, df.c).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
