from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "add_months(date_add((dt + INTERVAL 2 YEARS), i), (i % nullif(i, 0))) AS c1", "CASE WHEN (n IS NOT NULL) THEN CAST(to_date('2023-12-31') AS TIMESTAMP) WHEN (CASE WHEN (j BETWEEN 5 AND 10) THEN DATE'2024-02-29' ELSE dt END = dt) THEN ts ELSE CAST(dt AS TIMESTAMP) END AS c2", "CASE WHEN (m < 0.5) THEN n WHEN (j IS NOT NULL) THEN round(n, 0) WHEN (true AND (n IS NOT NULL)) THEN (0.001 + n) ELSE n END AS c3", "date_format(last_day(add_months(TRY_CAST(s AS DATE), dayofweek(DATE'2000-01-01'))), 'EEE') AS c4", "date_trunc('SECOND', ts) AS c5")
OUTPUT_MODE = "append"
