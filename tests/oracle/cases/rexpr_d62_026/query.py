from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy') AS c1", "CASE WHEN (j >= 1) THEN (((id + id) - (i % 3)) + (id + i)) ELSE -2L END AS c2", "substring_index(t, 'o', 0)", "contains(CASE WHEN b THEN '2024-02-29' ELSE '' END, 'H') AS c4", "CASE WHEN b THEN CASE WHEN (t <= 'a') THEN ts WHEN false THEN ts ELSE ts END WHEN (b AND b) THEN ts WHEN (j IS NOT NULL) THEN if((s < '日本'), ts, ts) ELSE ts END AS c5")
OUTPUT_MODE = "append"
