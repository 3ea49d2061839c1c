from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, n DECIMAL(9,5), dt DATE, t STRING, i INT, f FLOAT, ts TIMESTAMP, d DOUBLE, k BIGINT, m DECIMAL(10,2)").load(INPUT)
result = df.where(F.coalesce((col("t") >= lit("")), lit(True))).selectExpr("id", "CASE WHEN (dt <> DATE'2025-03-01') THEN i WHEN (ts IS NOT NULL) THEN i ELSE i END AS c1", "(i + (i + i)) AS c2", "((CASE WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN i WHEN (t IS NOT NULL) THEN 10 WHEN true THEN i ELSE i END + i) * 10) AS c3")
OUTPUT_MODE = "append"
