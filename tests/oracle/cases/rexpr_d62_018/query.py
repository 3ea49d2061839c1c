from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(1000L - (CASE WHEN (s LIKE '%o%') THEN id ELSE (id % nullif(i, 0)) END DIV nullif(i, 0))) AS c1", "nullif(bround(CASE WHEN b THEN 1.25 WHEN b THEN m WHEN (dt = DATE'2024-02-29') THEN (100BD / nullif(m, 0)) ELSE 0.001 END, 0), 100BD) AS c2", "CASE WHEN (b OR (m < 0.001)) THEN ts WHEN (t IN ('a')) THEN ts ELSE CAST(5 AS TIMESTAMP) END AS c3")
OUTPUT_MODE = "append"
