from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "trunc(CASE WHEN (NOT (s IS NOT NULL)) THEN dt WHEN (concat(s, s) <=> s) THEN (dt + INTERVAL '1-1' YEAR TO MONTH) WHEN (string((dt <> to_date('2025-03-01'))) <> s) THEN trunc(dt, 'mon') ELSE dt END, 'YEAR') AS c1", "nvl(ceil(m), 100BD) AS c2", "(-1 * i) AS c3")
OUTPUT_MODE = "append"
