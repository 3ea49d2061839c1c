from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, s STRING, b BOOLEAN, m DECIMAL(38,10), n DECIMAL(5,3), ts TIMESTAMP, i INT").json(INPUT)
result = df.select(expr("CASE WHEN (NOT arrays_overlap(array(i), array(CAST(NULL AS INT), 3))) THEN greatest(dt, dt, dt) WHEN (m <> 0.001) THEN date_add(dt, i) ELSE last_day(dt) END AS c1"), expr("inline_outer(filter(array(struct(i AS p, d AS q)), e -> e.p > 0))"), expr("CAST(greatest(add_months(dt, i), CASE WHEN (id <= 1000L) THEN sequence(to_date('2024-02-29'), date_add(to_date('2024-02-29'), 3), INTERVAL 1 DAY)[1] ELSE dt END, sequence(DATE'2025-03-01', date_add(DATE'2025-03-01', 3), INTERVAL 1 DAY)[1]) AS TIMESTAMP) AS c3")).where("(((c3 >= TIMESTAMP'2024-02-29 00:00:00') OR (c3 <= TIMESTAMP'2024-03-01 12:30:00.123456')) OR (c3 > TIMESTAMP'2024-03-01 12:30:00.123456'))")
OUTPUT_MODE = "append"
