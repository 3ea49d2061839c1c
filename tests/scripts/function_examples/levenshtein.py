from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('kitten', 'sitting',)], ['l', 'r'])
_r = (
df.select('*', sf.levenshtein('l', 'r')).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.levenshtein(df.l, df.r, 2)).show()
)
if _r is not None:
    print(repr(_r))
