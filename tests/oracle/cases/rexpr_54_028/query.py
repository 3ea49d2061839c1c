from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "next_day(dt, 'Mon')", "(i - dayofmonth((ts - INTERVAL 1 MONTH))) AS c2", "(CAST(size(split(sha2(s, 512), '  *')) AS TIMESTAMP) <= CASE WHEN (12.345 = k) THEN dt WHEN contains(CAST((d IS NOT NULL) AS STRING), 'o') THEN dt ELSE next_day(dt, 'SUN') END) AS c3", "(i + (CASE WHEN (id >= -2L) THEN id WHEN (dt <= TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE id END + id)) AS c4", "CASE WHEN (i != d) THEN CASE ((k < 1000L) OR (k IS NOT NULL)) WHEN false THEN round(d) WHEN true THEN d END ELSE d END AS c5")
OUTPUT_MODE = "append"
