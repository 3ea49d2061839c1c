from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame([("Spark SQL", "Spark",)], ["a", "b"])
_r = (
df.select(endswith(df.a, df.b).alias('r')).collect()
)
if _r is not None:
    print(repr(_r))
df = spark.createDataFrame([("414243", "4243",)], ["e", "f"])
df = df.select(to_binary("e").alias("e"), to_binary("f").alias("f"))
_r = (
df.printSchema()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(endswith("e", "f"), endswith("f", "e")).show()
)
if _r is not None:
    print(repr(_r))
