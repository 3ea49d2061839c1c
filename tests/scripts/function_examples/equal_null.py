from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(None, None,), (1, 9,)], ["a", "b"])
_r = (
df.select('*', sf.equal_null(df.a, df.b)).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.equal_null('a', 'b')).show()
)
if _r is not None:
    print(repr(_r))
