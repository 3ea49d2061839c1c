from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
from pyspark.sql import Window
from datetime import datetime
df = spark.createDataFrame(
    [('http_requests', datetime(2026, 1, 1, 0, 0), 100),
     ('http_requests', datetime(2026, 1, 1, 0, 1), 200),
     ('http_requests', datetime(2026, 1, 1, 0, 2), 400),
     ('http_requests', datetime(2026, 1, 1, 0, 3), 50),
     ('http_requests', datetime(2026, 1, 1, 0, 4), 100)],
    "m STRING, t TIMESTAMP_NTZ, c INT")
w = Window.partitionBy("m").orderBy("t")
_r = (
df.select("m", "t", "c", sf.counter_diff("c").over(w).alias("diff")).show()
)
if _r is not None:
    print(repr(_r))
df2 = spark.createDataFrame(
    [('http_requests', datetime(2026, 1, 1, 0, 0), 100, datetime(2026, 1, 1, 0, 0)),
     ('http_requests', datetime(2026, 1, 1, 0, 1), 200, datetime(2026, 1, 1, 0, 0)),
     ('http_requests', datetime(2026, 1, 1, 0, 2), 400, datetime(2026, 1, 1, 0, 0)),
     ('http_requests', datetime(2026, 1, 1, 0, 3), 500, datetime(2026, 1, 1, 0, 2, 15)),
     ('http_requests', datetime(2026, 1, 1, 0, 4), 600, datetime(2026, 1, 1, 0, 2, 15))],
    "m STRING, t TIMESTAMP_NTZ, c INT, s TIMESTAMP_NTZ")
_r = (
df2.select("m", "t", "s", "c", sf.counter_diff("c", "s").over(w).alias("diff")).show()
)
if _r is not None:
    print(repr(_r))
