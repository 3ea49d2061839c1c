from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
data = [("1,2,3",)]
df = spark.createDataFrame(data, ("value",))
_r = (
df.select(sf.from_csv(df.value, "a INT, b INT, c INT")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
data = [("1,2,3",)]
value = data[0][0]
_r = (
df.select(sf.from_csv(df.value, sf.schema_of_csv(value))).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
data = [("   abc",)]
df = spark.createDataFrame(data, ("value",))
options = {'ignoreLeadingWhiteSpace': True}
_r = (
df.select(sf.from_csv(df.value, "s string", options)).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
data = [("1,2,",)]
df = spark.createDataFrame(data, ("value",))
_r = (
df.select(sf.from_csv(df.value, "a INT, b INT, c INT")).show()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
data = [("1;2;3",)]
df = spark.createDataFrame(data, ("value",))
options = {'delimiter': ';'}
_r = (
df.select(sf.from_csv(df.value, "a INT, b INT, c INT", options)).show()
)
if _r is not None:
    print(repr(_r))
