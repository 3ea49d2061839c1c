from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST((ts + INTERVAL 36 HOURS) AS DATE) AS c1", "CASE WHEN ((d - d) = CASE WHEN (s >= '') THEN id ELSE CAST(NULL AS BIGINT) END) THEN CAST(dt AS TIMESTAMP) ELSE TIMESTAMP'2024-02-29 00:00:00' END AS c2").where("((10 <> k) OR (dt <= DATE'2025-03-01'))")
OUTPUT_MODE = "append"
