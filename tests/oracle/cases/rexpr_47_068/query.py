from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "CASE WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN d WHEN b THEN d WHEN (k >= 1000L) THEN d ELSE 2.0D END AS c1", "(b AND b)").filter(col("b"))
OUTPUT_MODE = "append"
