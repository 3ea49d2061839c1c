from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("Alice", 2), ("Bob", 5)], ("name", "age"))
_r = (
df.cube("name").agg(sf.grouping("name"), sf.sum("age")).orderBy("name").show()
)
if _r is not None:
    print(repr(_r))
