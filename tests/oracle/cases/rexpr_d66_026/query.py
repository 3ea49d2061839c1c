from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "string(CASE WHEN nvl2(CASE WHEN (NOT b) THEN d WHEN b THEN d ELSE d END, (NOT b), true) THEN ts WHEN isnan(d) THEN CASE WHEN b THEN ts WHEN b THEN ts END WHEN (DATE'2025-03-01' > ts) THEN (TIMESTAMP'2024-02-29 00:00:00' + INTERVAL 1 DAY) ELSE date_trunc('yyyy', ts) END) AS c1", "array_join(split(translate(lower(CASE WHEN (ts > TIMESTAMP'1999-12-31 23:59:59.999') THEN s END), 'aeiou', 'AEI'), '[aeiou]'), '-') AS c2", "weekday(to_date('2025-03-01')) AS c3", "CAST(1L AS STRING) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id DESC"]
