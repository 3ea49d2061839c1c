from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "to_timestamp(date_format((least(TIMESTAMP'2024-03-01 12:30:00.123456', ts) + INTERVAL '1 02:03:04.000005' DAY TO SECOND), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c1", "format_number((- d), 2) AS c2", "add_months(add_months(to_date('2025-03-01'), i), i) AS c3", "months_between(last_day(date_add(dt, i)), date_trunc('HOUR', ts)) AS c4", "CASE WHEN (id IS NOT NULL) THEN id ELSE id END AS c5")
OUTPUT_MODE = "append"
