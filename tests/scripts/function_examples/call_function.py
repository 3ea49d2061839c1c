from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql.functions import call_udf, col
from pyspark.sql.types import IntegerType, StringType
df = spark.createDataFrame([(1, "a"),(2, "b"), (3, "c")],["id", "name"])
_ = spark.udf.register("intX2", lambda i: i * 2, IntegerType())
_r = (
df.select(call_function("intX2", "id")).show()
)
if _r is not None:
    print(repr(_r))
_ = spark.udf.register("strX2", lambda s: s * 2, StringType())
_r = (
df.select(call_function("strX2", col("name"))).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(call_function("avg", col("id"))).show()
)
if _r is not None:
    print(repr(_r))
