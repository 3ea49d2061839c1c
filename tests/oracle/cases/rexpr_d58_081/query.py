from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(m / -4.5) AS c1", "CASE WHEN coalesce(b, (ts != dt), false) THEN months_between(CAST(i AS TIMESTAMP), dt) WHEN (m IS NOT NULL) THEN d WHEN b THEN (i / nullif(i, 0)) ELSE d END AS c2", "weekday(to_date('2025-03-01')) AS c3", "(i * CASE WHEN (nullif(m, 0.5) IS NULL) THEN round(round(d, 2)) WHEN (i < d) THEN exp(d) WHEN isnull(t) THEN d ELSE d END) AS c4", "bround((nullif(d, 2.0D) / nullif(i, 0)), 3) AS c5")
OUTPUT_MODE = "append"
