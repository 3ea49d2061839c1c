from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(CASE WHEN (dt >= DATE'2000-01-01') THEN CAST(i AS BIGINT) WHEN CASE WHEN (m IS NOT NULL) THEN (i <> 2) WHEN (m < -3.10) THEN (k >= 1L) ELSE (t <= 'x-y') END THEN k WHEN CASE WHEN (m < 0.001) THEN (i = 3) WHEN (ts IS NOT NULL) THEN (k = 0L) WHEN true THEN (k <> -2L) ELSE (d < 100.0D) END THEN k ELSE 86400L END AS BOOLEAN) AS c1"), expr("(size(split(substring(get(split(s, '  *'), 0), -3, 0), '-')) + m)").alias("c2"), expr("coalesce(trunc((CASE WHEN (t IS NOT NULL) THEN dt WHEN (t < '42') THEN dt WHEN (s <> 'a') THEN dt END + INTERVAL '1-1' YEAR TO MONTH), 'Q'), dt, to_date('2025-03-01')) AS c3")).filter("((c1 AND c1) OR (c2 = 1.25))")
OUTPUT_MODE = "append"
