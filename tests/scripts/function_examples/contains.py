from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("Spark SQL", "Spark")], ['a', 'b'])
_r = (
df.select(contains(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([("414243", "4243",)], ["c", "d"])
df = df.select(to_binary("c").alias("c"), to_binary("d").alias("d"))
_r = (
df.printSchema()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(contains("c", "d"), contains("d", "c")).show()
)
if _r is not None:
    print(repr(_r))
