from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
from pyspark.sql import Window
df = spark.range(3)
w = Window.orderBy(df.id.desc())
_r = (
df.withColumn("desc_order", sf.row_number().over(w)).show()
)
if _r is not None:
    print(repr(_r))
