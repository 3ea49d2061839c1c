spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("a TIMESTAMP, b TIMESTAMP, d DATE, e DATE, s STRING").json(INPUT)
# Spark's SubtractTimestamps (local date-times in the session time zone) and SubtractDates
# (intervals printed as strings: the recording's JSON has no interval values).
result = df.selectExpr(
    "CAST(a - b AS STRING)",
    "CAST(d - e AS STRING) AS dd",
    "CAST(a - d AS STRING) AS td",
    "CAST(d - a AS STRING) AS dt",
    "CAST(a - s AS STRING) AS ts_s",
    "CAST(e - s AS STRING) AS es",
    "CAST(CAST(a AS TIMESTAMP_NTZ) - CAST(b AS TIMESTAMP_NTZ) AS STRING) AS ntz",
    "typeof(a - b) AS t1",
    "typeof(d - e) AS t2",
    "b + (a - b) = a AS back")
OUTPUT_MODE = "append"
