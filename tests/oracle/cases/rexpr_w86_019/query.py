from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CAST(ts AS BIGINT) AS c1", "nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "((CASE WHEN (i > 0) THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END - INTERVAL '90' MINUTE) + INTERVAL 1 MONTH) AS c3", "lpad(CASE WHEN (i IN (10, 3)) THEN CAST(dt AS STRING) WHEN b THEN trim(s) WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN '2024-02-29' ELSE concat_ws('-', CAST(dt AS STRING), s, s) END, 0, 'é') AS c4")
OUTPUT_MODE = "append"
