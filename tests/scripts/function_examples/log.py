from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql("SELECT * FROM VALUES (1), (2), (4) AS t(value)")
_r = (
df.select("*", sf.log(2.0, df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT * FROM VALUES (1), (2), (0), (-1), (NULL) AS t(value)")
_r = (
df.select("*", sf.log(3.0, df.value)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql("SELECT * FROM VALUES (1), (2), (4) AS t(value)")
_r = (
df.select("*", sf.log(df.value)).show()
)
if _r is not None:
    print(repr(_r))
