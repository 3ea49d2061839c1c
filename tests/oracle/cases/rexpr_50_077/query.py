from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(id % nullif(greatest(i, i), 0)) AS c1", "CAST(d AS STRING) AS c2", "CASE WHEN (dateadd(dt, i) IS NOT NULL) THEN date_trunc('HOUR', ts) WHEN (s > t) THEN ts WHEN (d > 0.001D) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END AS c3", "CASE WHEN (i BETWEEN 5 AND 0) THEN dt WHEN b THEN (add_months(dt, i) + INTERVAL 1 DAY) WHEN (NOT (d = 0.1D)) THEN dt ELSE dt END AS c4")
OUTPUT_MODE = "append"
