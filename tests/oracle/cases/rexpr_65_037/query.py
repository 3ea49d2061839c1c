from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((i + 2) * m) AS c1", "(round(m) * (m * i)) AS c2", "(CAST(add_months(dt, 3) AS TIMESTAMP) + INTERVAL '90' MINUTE) AS c3", "CASE WHEN (s > 'é') THEN ts WHEN (m > 0.001) THEN ts WHEN ((s IS NOT NULL) AND b) THEN ts END AS c4", "(ts - INTERVAL 1 DAY) AS c5")
OUTPUT_MODE = "append"
