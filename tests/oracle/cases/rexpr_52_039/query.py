from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "coalesce(m, m, -3.10) AS c1", "day(least(date_add(dt, i), dt, DATE'2000-01-01')) AS c2", "CASE WHEN ((d IS NOT NULL) AND (ts IS NOT NULL)) THEN id ELSE TRY_CAST(d AS BIGINT) END", "try_element_at(split(s, '-'), 3) AS c4", "CASE WHEN false THEN date_add(dt, i) WHEN b THEN nvl2(ts, DATE'2024-02-29', DATE'2000-01-01') WHEN b THEN trunc(CAST(NULL AS DATE), 'mon') ELSE to_date('2025-03-01') END AS c5").where(col("d").isNotNull())
OUTPUT_MODE = "append"
