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
    sf.extract(sf.lit('YEAR'), 'ts').alias('year'),
    sf.extract(sf.lit('month'), 'ts').alias('month'),
    sf.extract(sf.lit('WEEK'), 'ts').alias('week'),
    sf.extract(sf.lit('D'), df.ts).alias('day'),
    sf.extract(sf.lit('M'), df.ts).alias('minute'),
    sf.extract(sf.lit('S'), df.ts).alias('second')
).show()
)
if _r is not None:
    print(repr(_r))
