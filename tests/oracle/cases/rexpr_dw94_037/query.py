from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, i INT, t STRING, s STRING, j INT, d DOUBLE, dt DATE, b BOOLEAN, m DECIMAL(7,0)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (99.99 BETWEEN -3.10 AND 12.345) THEN (i IS NOT NULL) WHEN TRY_CAST(s AS BOOLEAN) THEN b ELSE b END AS k1, count(coalesce(dt, DATE'2025-03-01')) AS a1, max(s) AS a2 FROM src GROUP BY CASE WHEN (99.99 BETWEEN -3.10 AND 12.345) THEN (i IS NOT NULL) WHEN TRY_CAST(s AS BOOLEAN) THEN b ELSE b END")
OUTPUT_MODE = "complete"
