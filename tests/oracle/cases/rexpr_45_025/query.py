from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (id = k) THEN (CAST(dt AS TIMESTAMP) - INTERVAL 36 HOURS) ELSE date_trunc('yyyy', least(ts, ts, ts)) END AS c1", "CASE WHEN (b > (dt > to_date('2025-03-01'))) THEN ts WHEN startswith(s, 'o') THEN nullif(CASE WHEN b THEN ts WHEN (j >= 10) THEN ts END, TIMESTAMP'2024-02-29 00:00:00') ELSE TIMESTAMP'1999-12-31 23:59:59.999' END AS c2", "CASE WHEN b THEN least(k, id, id) WHEN CAST(j AS BOOLEAN) THEN id ELSE 1L END AS c3", "(i IS NULL)")
OUTPUT_MODE = "append"
