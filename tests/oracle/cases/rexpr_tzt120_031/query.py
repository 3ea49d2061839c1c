spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "concat_ws('', CAST(add_months(DATE'2025-03-01', i) AS STRING), s)", "CASE WHEN (id >= 3L) THEN CASE WHEN (ts IS NOT NULL) THEN CAST(to_date('2025-03-01') AS TIMESTAMP) ELSE ts END WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN ts WHEN false THEN (ts - INTERVAL 24 HOURS) ELSE ts END AS c2", "CAST(try_to_date(s) AS TIMESTAMP) AS c3", "next_day(dt, 'TU') AS c4")
OUTPUT_MODE = "append"
