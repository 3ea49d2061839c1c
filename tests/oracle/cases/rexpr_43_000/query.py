from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00') AS c1", "(i % 10) AS c2", "coalesce(to_date('2023-12-31'), DATE'2024-02-29', to_date('2025-03-01')) AS c3", "CASE WHEN b THEN ts WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (id > 3L) THEN ts END AS c4", "ceil((nullif(m, -3.10) + CASE WHEN (d < 3.75D) THEN (m - m) WHEN b THEN m WHEN b THEN m ELSE m END)) AS c5")
OUTPUT_MODE = "append"
