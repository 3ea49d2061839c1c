from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([(1, None), (None, 2)], ("a", "b"))
_r = (
df.select("*", sf.isnull("a"), isnull(df.b)).show()
)
if _r is not None:
    print(repr(_r))
