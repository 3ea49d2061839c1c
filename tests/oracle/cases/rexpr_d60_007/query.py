from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(m - (m - m)) AS c1", "(f - i) AS c2", "CASE WHEN b THEN -3.10 WHEN b THEN n WHEN b THEN -3.10 ELSE n END AS c3", "(TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL 1 DAY)", "try_add(m, (n + m)) AS c5")
OUTPUT_MODE = "append"
