from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.createDataFrame(
    [('<a><b>1</b><b>2</b></a>',)], ['x']
).select(sf.xpath_number('x', sf.lit('sum(a/b)'))).show()
)
if _r is not None:
    print(repr(_r))
