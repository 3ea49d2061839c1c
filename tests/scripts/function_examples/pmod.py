from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([
    (1.0, float('nan')), (float('nan'), 2.0), (10.0, 3.0),
    (float('nan'), float('nan')), (-3.0, 4.0), (-10.0, 3.0),
    (-5.0, -6.0), (7.0, -8.0), (1.0, 2.0)],
    ("a", "b"))
_r = (
df.select("*", sf.pmod("a", "b")).show()
)
if _r is not None:
    print(repr(_r))
