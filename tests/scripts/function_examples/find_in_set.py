from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("ab", "abc,b,ab,c,def")], ['a', 'b'])
_r = (
df.select(find_in_set(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
