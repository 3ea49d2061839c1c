from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, n DECIMAL(5,3), s STRING, d DOUBLE, k BIGINT, i INT, ts TIMESTAMP, t STRING, m DECIMAL(10,2)").load(INPUT)
result = df.selectExpr("id", "i", "CASE WHEN ((dt = to_date('2024-02-29')) OR (i < 0)) THEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') WHEN (n IS NOT NULL) THEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') WHEN (i > 10) THEN true END", "greatest((m / 10.5), m, round(round(m, 0), 1)) AS c2", "last_day(next_day(trunc(dt, 'mon'), 'wednesday')) AS c3", "(CAST(dt AS TIMESTAMP) + INTERVAL '90' MINUTE) AS c4").where("(isnan(d) OR (dt > to_date('2025-03-01')))")
OUTPUT_MODE = "append"
