from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(2020, 6, 26)], ['Y', 'M', 'D'])
_r = (
df.select('*', sf.make_date(df.Y, 'M', df.D)).show()
)
if _r is not None:
    print(repr(_r))
