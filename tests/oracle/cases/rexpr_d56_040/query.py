from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dt", "(CAST(array_contains(split(t, ','), 'Hello') AS DECIMAL(6,3)) - CAST(NULL AS DECIMAL(10,2))) AS c1", "date_trunc('SECOND', date_trunc('SECOND', TIMESTAMP'1999-12-31 23:59:59.999'))", "nullif((ts + INTERVAL 1 DAY), TIMESTAMP'2024-03-01 12:30:00.123456')", "element_at(split(s, ' '), 3) AS c4", "try_subtract(((m % nullif(n, 0)) / nullif(n, 0)), n) AS c5", "CASE WHEN (i BETWEEN 5 AND 0) THEN n WHEN b THEN (m * m) WHEN (s < '2024-02-29') THEN 99.99 ELSE CASE WHEN (d <= 0.5D) THEN m WHEN (id > 1L) THEN n WHEN b THEN n END END AS c6")
OUTPUT_MODE = "append"
