from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, t STRING, k BIGINT, m DECIMAL(18,6), n DECIMAL(9,5), ts TIMESTAMP, i INT, dt DATE, s STRING").json(INPUT)
result = df.selectExpr("id", "CASE WHEN CASE WHEN (dt = DATE'2024-02-29') THEN (d IS NOT NULL) WHEN (d >= 0.1D) THEN (t <= '') WHEN (m IS NOT NULL) THEN (i IS NOT NULL) ELSE (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') END THEN DATE'2024-02-29' WHEN true THEN dt WHEN (k = 3L) THEN DATE'2025-03-01' ELSE trunc(DATE'2023-12-31', 'YEAR') END", "CASE WHEN (dt < to_date('2024-02-29')) THEN k ELSE id END AS c2", "round(m, 2)", "CASE WHEN (t RLIKE '^\\\\s') THEN left('2024-02-29', 4) END AS c4")
OUTPUT_MODE = "append"
