from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import Row
data = [(1, Row(age=2, name='Alice'))]
df = spark.createDataFrame(data, ("key", "value"))
_r = (
df.select(to_xml(df.value, {'rowTag':'person'}).alias("xml")).collect()
)
if _r is not None:
    print(repr(_r))
