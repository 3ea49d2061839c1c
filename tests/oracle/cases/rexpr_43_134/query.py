from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("CASE WHEN (dt IS NULL) THEN (ts - INTERVAL 1 DAY) WHEN b THEN ts ELSE coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00') END AS c1", "(i - m) AS c2", "(size(split(s, '  *')) + (i + 2))", "startswith(s, 'a') AS c4")
OUTPUT_MODE = "append"
