spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, b BOOLEAN, d DOUBLE, t STRING, s STRING, dt DATE, m DECIMAL(10,2), i INT").load(INPUT)
result = df.selectExpr("id", "d", "(m < coalesce(unix_timestamp(dt), 1L)) AS c1", "CAST(extract(HOUR FROM (ts - TIMESTAMP'2024-03-01 12:30:00.123456')) AS INT) AS c2", "(trunc(dt, 'Q') IS NULL) AS c3").where("(exists(split(CASE WHEN (i < 10) THEN s WHEN (i IS NOT NULL) THEN '2024-02-29' WHEN b THEN t END, ' '), x -> x = 'a') OR (dt <= to_date('2025-03-01')))")
OUTPUT_MODE = "append"
