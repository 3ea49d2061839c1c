from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, s STRING, d DOUBLE, j INT, m DECIMAL(10,2), i INT, b BOOLEAN, dt DATE").json(INPUT)
result = df.selectExpr("id", "((to_timestamp(date_format(CASE WHEN b THEN ts WHEN (j <> 1) THEN ts END, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') - INTERVAL '90' MINUTE) - INTERVAL 1 DAY) AS c1", "(CASE WHEN (s IS NOT NULL) THEN 1.25 WHEN (ts IS NOT NULL) THEN m WHEN (dt >= to_date('2025-03-01')) THEN m ELSE m END * i) AS c2", "timestamp_seconds(CASE WHEN (m IN (0.5, 0.001)) THEN nullif(i, 0) ELSE 10 END) AS c3", "ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c4", "coalesce(CAST(quarter(DATE'2024-02-29') AS DECIMAL(20,0)), CAST(NULL AS DECIMAL(10,2))) AS c5")
OUTPUT_MODE = "append"
