from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql('SELECT * FROM VALUES (1,ARRAY(1,2,3,NULL)), (2,ARRAY()), (3,NULL) AS t(i,a)')
_r = (
df.show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.posexplode('a')).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
df = spark.sql('SELECT * FROM VALUES (1,MAP(1,2,3,4,5,NULL)), (2,MAP()), (3,NULL) AS t(i,m)')
_r = (
df.show(truncate=False)
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.posexplode('m')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
