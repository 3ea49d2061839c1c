spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, m DECIMAL(12,4), i INT, d DOUBLE, n DECIMAL(20,0), dt DATE, s STRING, ts TIMESTAMP").json(INPUT)
result = df.where("(((dt <= ts) OR (d <= 0.001D)) OR (m IS NOT NULL))").select("id", expr("CASE WHEN (startswith(s, 'o') OR (ts <> TIMESTAMP'2024-03-01 12:30:00.123456')) THEN to_date('2000-01-01') WHEN (CAST(NULL AS DECIMAL(10,2)) != m) THEN dt WHEN (dt < to_date('2024-02-29')) THEN next_day(date_from_unix_date(i), 'TU') ELSE dt END").alias("c1"), expr("(CASE WHEN false THEN ts ELSE timestamp_millis(i) END + INTERVAL 36 HOURS) AS c2"), F.nullif(expr("CASE j WHEN 3 THEN id ELSE id END"), lit(1).cast("bigint")).alias("c3"), expr("asinh((- CASE WHEN true THEN d ELSE d END)) AS c4"))
OUTPUT_MODE = "append"
