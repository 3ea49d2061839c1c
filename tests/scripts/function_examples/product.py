from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.sql("SELECT id % 3 AS mod3, id AS value FROM RANGE(10)")
_r = (
df.groupBy('mod3').agg(sf.product('value')).orderBy('mod3').show()
)
if _r is not None:
    print(repr(_r))
