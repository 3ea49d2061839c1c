spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "last_day(least(dt, to_date(ts))) AS c1", "(coalesce(k, 1000L) != (char_length(s) * ceiling(m))) AS c2", "CASE WHEN CASE WHEN b THEN (n IS NOT NULL) END THEN next_day(dt, 'wednesday') ELSE dt END AS c3", "(d >= greatest(m, m, m)) AS c4", "CAST(CAST(TIMESTAMP'2024-03-01 12:30:00.123456' AS DATE) AS TIMESTAMP) AS c5").filter("(s >= '42')")
OUTPUT_MODE = "append"
