from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("weekofyear(CASE WHEN (d <= 0.001D) THEN DATE'2025-03-01' WHEN (t <= '2024-02-29') THEN dt ELSE dt END)").alias("c1"), F.sha2(col("t"), 224).try_cast("boolean").alias("c2")).where((col("m") <= lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
