from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql('SELECT * FROM VALUES (1,ARRAY(NAMED_STRUCT("a",1,"b",2), NULL, NAMED_STRUCT("a",3,"b",4))), (2,ARRAY()), (3,NULL) AS t(i,s)')
_r = (
df.printSchema()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select('*', sf.inline_outer('s')).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
