from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "abs(CASE WHEN (i >= 10) THEN m WHEN (b IS NOT NULL) THEN m WHEN (i = 2) THEN m ELSE m END)", "(0.5 * (i + m)) AS c2", "((ts - INTERVAL 1 DAY) = to_date('2024-02-29'))", "(b OR (s > 'a')) AS c4", "least(id, k) AS c5")
OUTPUT_MODE = "append"
