from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([(None,), ('[1, 2, 3]',), ('[]',)], ['data'])
_r = (
df.select(json_array_length(df.data).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
