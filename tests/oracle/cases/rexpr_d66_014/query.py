from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, t STRING, i INT, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.filter("((dt <> DATE'2000-01-01') OR (ts IS NOT NULL))").selectExpr("id", "try_multiply(i, i) AS c1", "nvl2(CAST(DATE'2023-12-31' AS TIMESTAMP), dt, to_date('2024-02-29')) AS c2", "((id - 10) - (86400L - (id % 10))) AS c3", "date_add(dt, d) AS c4", "CASE WHEN (s < '42') THEN make_date(year(dt), 12, least(dayofmonth(dt), 28)) WHEN (i NOT IN (0, 3)) THEN (make_date(2023, 12, least(dayofmonth(dt), 28)) - INTERVAL '1-1' YEAR TO MONTH) END AS c5").filter("(array_contains(split('2024-02-29', ','), 'b') OR (c5 < to_date('2000-01-01')))")
OUTPUT_MODE = "append"
