from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", (lit(2.0) + col("id")).isNull().alias("c1"), expr("CAST(CASE WHEN (n IS NOT NULL) THEN (dt - INTERVAL 2 YEARS) WHEN false THEN dt ELSE trunc(DATE'2025-03-01', 'WEEK') END AS TIMESTAMP)").alias("c2"), expr("((id + signum(CASE WHEN (dt < DATE'2024-02-29') THEN d WHEN (m IS NOT NULL) THEN d ELSE d END)) * 1) AS c3"), expr("CASE WHEN (id IS NOT NULL) THEN id WHEN (ts <> TIMESTAMP'2024-02-29 00:00:00') THEN 3L WHEN (j IS NOT NULL) THEN id END").alias("c4"))
OUTPUT_MODE = "append"
