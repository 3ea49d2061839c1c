from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, n DECIMAL(5,3), m DECIMAL(38,10), k BIGINT, dt DATE, j INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, s STRING, t STRING").load(INPUT)
result = df.selectExpr("id", "CASE WHEN ('abc' BETWEEN 'a' AND 'o') THEN CAST(i AS DECIMAL(20,0)) END AS c1", "CAST((i ^ 3) AS INT) AS c2", "CASE WHEN CASE WHEN startswith(t, 'é') THEN (t <> '42') WHEN b THEN b WHEN b THEN (b AND (ts <= TIMESTAMP'2024-03-01 12:30:00.123456')) ELSE (m <> 0.5) END THEN CAST((2 * i) AS BIGINT) WHEN (d >= -2L) THEN k ELSE k END AS c3", "rtrim(t) AS c4", "(i + i) AS c5")
OUTPUT_MODE = "append"
