from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
data = [("1", '''{"f1": "value1", "f2": "value2"}'''), ("2", '''{"f1": "value12"}''')]
df = spark.createDataFrame(data, ("key", "jstring"))
_r = (
df.select(df.key,
    get_json_object(df.jstring, '$.f1').alias("c0"),
    get_json_object(df.jstring, '$.f2').alias("c1")
).show()
)
if _r is not None:
    print(repr(_r))
data = [
("1", '''[{"f1": "value1"},{"f1": "value2"}]'''),
("2", '''[{"f1": "value12"},{"f2": "value13"}]''')
]
df = spark.createDataFrame(data, ("key", "jarray"))
_r = (
df.select(df.key,
    get_json_object(df.jarray, '$[0].f1').alias("c0"),
    get_json_object(df.jarray, '$[1].f2').alias("c1")
).show()
)
if _r is not None:
    print(repr(_r))
_r = (
df.select(df.key,
    get_json_object(df.jarray, '$[*].f1').alias("c0"),
    get_json_object(df.jarray, '$[*].f2').alias("c1")
).show()
)
if _r is not None:
    print(repr(_r))
