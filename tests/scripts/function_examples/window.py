from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame([(datetime.datetime(2016, 3, 11, 9, 0, 7), 1)], ['dt', 'v'])
df2 = df.groupBy(sf.window('dt', '5 seconds')).agg(sf.sum('v'))
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
