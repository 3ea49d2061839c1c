from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN (m * m) ELSE bround(m, 1) END AS c1", "(round((m / nullif(m, 0)), 0) / nullif((m - coalesce((i * m), 99.99)), 0)) AS c2", "upper(lower('abc')) AS c3", "nvl2(d, d, -1.5D)", "sha2(concat(nvl2(d, s, s), CAST(99.99 AS STRING)), 224) AS c5")
OUTPUT_MODE = "append"
