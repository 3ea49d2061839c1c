from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(CASE WHEN (nvl2(s, TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'2024-02-29 00:00:00') IS NULL) THEN isnan((- d)) WHEN (b AND b) THEN contains(s, 'H') ELSE b END OR (n IS NOT NULL))").selectExpr("id", "ts", "(lower(s) RLIKE '^[A-Z]') AS c1", "rpad(format_string('%s', d), 6, '*') AS c2", "CASE WHEN (id >= -2L) THEN CASE (i % nullif(i, 0)) WHEN 1 THEN ts WHEN 5 THEN timestamp_seconds(i) ELSE CASE WHEN (id <= 3L) THEN ts ELSE ts END END WHEN b THEN ts WHEN (s < regexp_replace(s, '^.', '')) THEN greatest(CASE WHEN (m > 12.345) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (m <= 0.001) THEN ts WHEN b THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END, TIMESTAMP'2024-02-29 00:00:00') END AS c3")
OUTPUT_MODE = "append"
