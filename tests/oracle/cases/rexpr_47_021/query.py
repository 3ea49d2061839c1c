from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, ts TIMESTAMP, s STRING, m DECIMAL(12,4), n DECIMAL(20,0), b BOOLEAN, t STRING, dt DATE, d DOUBLE, k BIGINT").json(INPUT)
result = df.where("((b OR b) OR (ts <> TIMESTAMP'2024-03-01 12:30:00.123456'))").selectExpr("id", "d", "nvl(dt, DATE'2025-03-01') AS c1", "date_trunc('QUARTER', ts) AS c2", "CAST((CASE WHEN (m <> 100BD) THEN id END + (id + (id + id))) AS STRING) AS c3").where("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
