from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
import pyspark.sql.functions as sf
_r = (
spark.range(1).select(
    sf.sign(sf.lit(-5)),
    sf.sign(sf.lit(6)),
    sf.sign(sf.lit(float('nan'))),
    sf.sign(sf.lit(None))
).show()
)
if _r is not None:
    print(repr(_r))
