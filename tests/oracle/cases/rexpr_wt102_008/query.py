from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, ts TIMESTAMP, n DECIMAL(20,0), d DOUBLE, b BOOLEAN, dt DATE, t STRING, s STRING, i INT, m DECIMAL(38,10)").load(INPUT)
result = df.filter(col("s").isNotNull()).selectExpr("id", "CASE WHEN (sha1(' ') = s) THEN n WHEN (d IS NOT NULL) THEN m WHEN (b OR b) THEN m ELSE n END AS c1", "(i / nullif(d, 0)) AS c2", "date_sub(last_day(coalesce(dt, dt, DATE'2025-03-01')), (i % 7)) AS c3", "least(CASE WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END, ts) AS c4")
OUTPUT_MODE = "append"
