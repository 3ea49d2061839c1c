spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id * d) * (i - d)) AS c1", "nvl2((10 + m), t, ' ') AS c2", "CAST(d AS DECIMAL(6,2)) AS c3", "CAST(coalesce(ts, coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'2024-03-01 12:30:00.123456') AS STRING) AS c4", "months_between(date_sub(date_sub(nvl2(n, dt, DATE'2025-03-01'), i), 0), ((ts + INTERVAL '1-2' YEAR TO MONTH) + ((ts - INTERVAL -3 DAYS) - CASE WHEN b THEN ts WHEN (d >= 0.5D) THEN ts ELSE ts END))) AS c5").where((col("s").startswith("") | (col("s") >= lit("é"))))
OUTPUT_MODE = "append"
