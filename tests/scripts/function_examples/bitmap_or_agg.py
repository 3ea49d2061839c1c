from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([("10",),("20",),("40",)], ["a"])
_r = (
df.select(sf.bitmap_or_agg(sf.to_binary(df.a, sf.lit("hex")))).show()
)
if _r is not None:
    print(repr(_r))
