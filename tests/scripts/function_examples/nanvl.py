from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1.0, float('nan')), (float('nan'), 2.0)], ("a", "b"))
_r = (
df.select("*", sf.nanvl("a", "b"), sf.nanvl(df.a, df.b)).show()
)
if _r is not None:
    print(repr(_r))
