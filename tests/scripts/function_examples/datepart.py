from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import datetime
from pyspark.sql import functions as sf
df = spark.createDataFrame([(datetime.datetime(2015, 4, 8, 13, 8, 15),)], ['ts'])
_r = (
df.select(
    '*',
    sf.datepart(sf.lit('YEAR'), 'ts').alias('year'),
    sf.datepart(sf.lit('month'), 'ts').alias('month'),
    sf.datepart(sf.lit('WEEK'), 'ts').alias('week'),
    sf.datepart(sf.lit('D'), df.ts).alias('day'),
    sf.datepart(sf.lit('M'), df.ts).alias('minute'),
    sf.datepart(sf.lit('S'), df.ts).alias('second')
).show()
)
if _r is not None:
    print(repr(_r))
