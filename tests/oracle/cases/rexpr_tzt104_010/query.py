spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), k BIGINT, b BOOLEAN, i INT, ts TIMESTAMP, dt DATE, d DOUBLE, s STRING, j INT").load(INPUT)
result = df.selectExpr("id", "dt", "weekday(least(dt, dt))", "greatest(ts, ts, ts) AS c2", "CASE WHEN (dt >= DATE'2025-03-01') THEN ts WHEN b THEN ts WHEN (b AND b) THEN (ts + INTERVAL 72 HOURS) ELSE CASE WHEN (k > 0L) THEN ts WHEN b THEN ts ELSE ts END END AS c3", "coalesce(d, 0.5D) AS c4").where("(coalesce((c3 IS NOT NULL), (c4 > 3.75D), false) OR (dt > to_date('2023-12-31')))")
OUTPUT_MODE = "append"
