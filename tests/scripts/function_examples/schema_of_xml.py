from pyspark.sql import SparkSession, Column
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
from pyspark.sql import functions as sf
df = spark.range(1)
_r = (
df.select(sf.schema_of_xml(sf.lit('<p><a>1</a></p>')).alias("xml")).collect()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
df.select(sf.schema_of_xml(sf.lit('<p><a>1</a><a>2</a></p>')).alias("xml")).collect()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
schema = sf.schema_of_xml('<p><a attr="2">1</a></p>', {'excludeAttribute':'true'})
_r = (
df.select(schema.alias("xml")).collect()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
df.select(
    sf.schema_of_xml(
        sf.lit('<root><person><name>Alice</name><age>30</age></person></root>')
    ).alias("xml")
).collect()
)
if _r is not None:
    print(repr(_r))
from pyspark.sql import functions as sf
_r = (
df.select(
    sf.schema_of_xml(
        sf.lit('<data><values><value>1</value><value>2</value></values></data>')
    ).alias("xml")
).collect()
)
if _r is not None:
    print(repr(_r))
