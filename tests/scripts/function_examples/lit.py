from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
df = spark.range(1)
_r = (
df.select(sf.lit(5).alias('height'), df.id).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
_r = (
spark.range(1).select(sf.lit([1, 2, 3])).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.range(1)
_r = (
df.select(sf.lit("PySpark").alias('framework'), df.id).show()
)
if _r is not None:
    print(repr(_r))
import pyspark.sql.functions as sf
df = spark.createDataFrame([(True, "Yes"), (False, "No")], ["flag", "response"])
_r = (
df.select(sf.lit(False).alias('is_approved'), df.response).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
from pyspark.sql import functions as sf
