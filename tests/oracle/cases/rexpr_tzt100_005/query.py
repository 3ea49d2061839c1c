spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nullif(CASE WHEN (id < 1L) THEN dt WHEN (ts IS NOT NULL) THEN dt WHEN (m IS NOT NULL) THEN dt ELSE dt END, to_date('2023-12-31')) AS c1", "CAST(extract(HOUR FROM (ts - ts)) AS INT) AS c2", "(CASE WHEN true THEN id WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN id ELSE 86400L END - CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN id END) AS c3", "date_add(last_day(date_add(CASE WHEN (m <= 99.99) THEN dt WHEN (f IS NOT NULL) THEN dt END, 1)), abs(i)) AS c4").filter((~F.coalesce(expr("((dt - ts) = INTERVAL '1' DAY)"), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
