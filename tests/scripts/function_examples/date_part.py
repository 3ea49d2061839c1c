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
    sf.date_part(sf.lit('YEAR'), 'ts').alias('year'),
    sf.date_part(sf.lit('month'), 'ts').alias('month'),
    sf.date_part(sf.lit('WEEK'), 'ts').alias('week'),
    sf.date_part(sf.lit('D'), df.ts).alias('day'),
    sf.date_part(sf.lit('M'), df.ts).alias('minute'),
    sf.date_part(sf.lit('S'), df.ts).alias('second')
).show()
)
if _r is not None:
    print(repr(_r))
