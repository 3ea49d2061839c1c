from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("Alice", 2), ("Bob", 5), ("Alice", None)], ("name", "age"))
df = df.orderBy(df.age.desc())
_r = (
df.groupby("name").agg(sf.last("age")).orderBy("name").show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.groupby("name").agg(sf.last("age", ignorenulls=True)).orderBy("name").show()
)
if _r is not None:
    print(repr(_r))
