from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.createDataFrame([('<a><b>1</b><b>2</b></a>',)], ['x'])
_r = (
df.select(sf.xpath_float(df.x, sf.lit('sum(a/b)'))).show()
)
if _r is not None:
    print(repr(_r))
