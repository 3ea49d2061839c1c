from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame(["Spark", "PySpark", "Pandas API"], "STRING")
_r = (
df.select("*", sf.base64("value")).show()
)
if _r is not None:
    print(repr(_r))
