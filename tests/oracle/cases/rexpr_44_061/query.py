from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, b BOOLEAN, j INT, t STRING, s STRING, m DECIMAL(18,6), d DOUBLE, k BIGINT, ts TIMESTAMP").json(INPUT)
df.filter("coalesce(((ts != TIMESTAMP'2024-03-01 12:30:00.123456') AND ((ts IS NOT NULL) OR (m < 1.25))), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT i, add_months(nvl2(d, to_date('2025-03-01'), DATE'2024-02-29'), 10) AS k2, (max(i) - min(i)) AS a1, datediff(max(dt), min(dt)) AS a2, round(avg(CASE WHEN b THEN (m - m) ELSE greatest((m - m), m, least(0.5, m)) END), 2) AS a3, count((i / nullif(d, 0))) AS a4 FROM src GROUP BY i, add_months(nvl2(d, to_date('2025-03-01'), DATE'2024-02-29'), 10) HAVING count(*) >= 1 ORDER BY i, k2")
OUTPUT_MODE = "complete"
ORDERED = True
