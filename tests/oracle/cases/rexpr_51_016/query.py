from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "(m - 1.25)", "(ts + INTERVAL '90' MINUTE)", "(nullif(nvl2((j >= 10), i, 2), -1) - datediff(ts, dt)) AS c3", "CASE WHEN (i < 2) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (m >= 12.345) THEN ts WHEN (d > 2.0D) THEN ts ELSE ts END AS c4", "(id % 3) AS c5")
OUTPUT_MODE = "append"
