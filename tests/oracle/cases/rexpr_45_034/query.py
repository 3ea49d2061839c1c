from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(substring(repeat(get(split('2024-02-29', ','), 2), 3), 1, 1) = concat_ws('|', t, substr(t, 2, 10), format_string('%e', d))) AS c1", "exp((m - m)) AS c2", "CASE WHEN (t < s) THEN CASE WHEN (i > id) THEN n ELSE m END WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN nullif((CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN n WHEN b THEN n END * n), 12.345) END AS c3", "(ts - INTERVAL '1-2' YEAR TO MONTH)").where("(CASE WHEN c1 THEN c1 WHEN (NOT c1) THEN (TIMESTAMP'2024-03-01 12:30:00.123456' <> DATE'2023-12-31') ELSE c1 END OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
