from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('2016-03-11 09:00:07', 1)], ['dt', 'v'])
df2 = df.groupBy(sf.session_window('dt', '5 seconds')).agg(sf.sum('v'))
_r = (
df2.show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df2.printSchema()
)
if _r is not None:
    print(repr(_r))
