from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(78.12,)], ["e"])
_r = (
df.select(to_varchar(df.e, lit("$99.99")).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
