from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, s STRING, k BIGINT, j INT, d DOUBLE, t STRING, i INT, ts TIMESTAMP, m DECIMAL(12,4)").json(INPUT)
result = df.selectExpr("j", "CASE WHEN (NOT (m <= 100BD)) THEN unix_timestamp(dt) WHEN startswith(t, 'a') THEN id WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN k ELSE id END AS c1", "(CAST((t > 'Hello') AS BIGINT) DIV 2) AS c2", "repeat(s, 3) AS c3", "date_trunc('yyyy', ts) AS c4", "format_number((CASE WHEN (i >= 1) THEN 0.5 ELSE 99.99 END * TRY_CAST(d AS DECIMAL(20,0))), 3) AS c5")
OUTPUT_MODE = "append"
