from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(ts < TIMESTAMP'2024-03-01 12:30:00.123456')").selectExpr("id", "CASE WHEN b THEN dt WHEN map_contains_key(map(i, 'a', 3, 'b'), 3) THEN last_day(dt) WHEN b THEN element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1) ELSE dt END AS c1", "CAST(t AS DATE) AS c2", "timestamp_add('HOUR', datediff(dt, dt), try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)) AS c3", "arrays_overlap(array(month(TIMESTAMP'2024-02-29 00:00:00')), array(CAST(NULL AS INT), 3)) AS c4")
OUTPUT_MODE = "append"
