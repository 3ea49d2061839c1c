from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("ceiling(m) AS c1", "CASE (d > 0.1D) WHEN true THEN (ts IS NOT NULL) WHEN false THEN array_contains(split(t, ','), '') ELSE regexp_like(s, 'o$') END AS c2", "CASE WHEN b THEN coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456') END", "CASE WHEN b THEN m WHEN b THEN m ELSE m END AS c4", "CASE WHEN b THEN ts WHEN (id IS NOT NULL) THEN ts ELSE coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999') END AS c5").filter((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
