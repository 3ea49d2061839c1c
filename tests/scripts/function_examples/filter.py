from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
df = spark.createDataFrame(
    [(1, ["2018-09-20",  "2019-02-03", "2019-07-01", "2020-06-01"])],
    ("key", "values")
)
def after_second_quarter(x):
    return month(to_date(x)) > 6
_r = (
df.select(
    filter("values", after_second_quarter).alias("after_second_quarter")
).show(truncate=False)
)
if _r is not None:
    print(repr(_r))
