from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "coalesce((ts + INTERVAL '90' MINUTE), TIMESTAMP'2024-02-29 00:00:00')", "concat(s, s, s) AS c2", "(TRY_CAST(s AS TIMESTAMP) + INTERVAL 36 HOURS) AS c3", "CAST(CASE WHEN (d = -1.5D) THEN dt ELSE dt END AS TIMESTAMP) AS c4")
OUTPUT_MODE = "append"
