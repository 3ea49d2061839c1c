from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(isnull((0.001D + -1.5D)) OR (t = '42'))").groupBy("j", expr("(i - 3) AS k2")).agg(expr("datediff(max(CASE WHEN (s IS NOT NULL) THEN dt WHEN b THEN DATE'2025-03-01' WHEN b THEN DATE'2024-02-29' ELSE dt END), min(CASE WHEN (s IS NOT NULL) THEN dt WHEN b THEN DATE'2025-03-01' WHEN b THEN DATE'2024-02-29' ELSE dt END)) AS a1"), expr("(max(d) - min(d)) AS a2"), F.max((col("m") / col("i"))).alias("a3"))
OUTPUT_MODE = "update"
