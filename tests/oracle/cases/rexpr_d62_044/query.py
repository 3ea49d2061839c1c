from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, k BIGINT, s STRING, dt DATE, ts TIMESTAMP, d DOUBLE, n DECIMAL(9,5), i INT, t STRING, m DECIMAL(10,2)").json(INPUT)
result = df.selectExpr("id", "k", "greatest(i, pmod(size(split(s, ',')), nullif(instr(s, 'o'), 0)), octet_length(s)) AS c1", "least(d, (-3.10 - d), CASE WHEN (d = 0.001D) THEN CASE WHEN (id <= 86400L) THEN d WHEN (n = 12.345) THEN d ELSE d END WHEN array_contains(split(s, ','), '') THEN d WHEN (5 <= m) THEN d ELSE 0.1D END) AS c2", "extract(DOW FROM DATE'2025-03-01')", "replace(md5(s), 'a', '') AS c4").where("((((i IS NOT NULL) OR (ts >= TIMESTAMP'2024-03-01 12:30:00.123456')) AND (j >= 10)) OR (n > -3.10))")
OUTPUT_MODE = "append"
