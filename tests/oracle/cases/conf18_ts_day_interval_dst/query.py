spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr
df = spark.readStream.schema("ts TIMESTAMP, n INT").json(INPUT)
# Spark's timestampAddDayTime: an interval's whole days move the wall-clock time in the
# session time zone, the rest the instant (a TIMESTAMP_NTZ adds in UTC).
result = df.selectExpr(
    "ts",
    "ts + INTERVAL 3 DAYS AS p3d",
    "ts - INTERVAL 72 HOURS AS m72h",
    "ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND AS pdts",
    "ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND AS mdts",
    "ts + INTERVAL 23 HOURS AS p23h",
    "ts + make_dt_interval(n, 1, 0, 0) AS pcol",
    "ts - make_dt_interval(n, 0, 30, 0) AS mcol",
    "CAST(ts AS TIMESTAMP_NTZ) + INTERVAL 3 DAYS AS ntz",
    "INTERVAL 2 DAYS + ts AS lhs")
OUTPUT_MODE = "append"
