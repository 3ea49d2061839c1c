from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((1000L % 10) DIV nullif((i % nullif(i, 0)), 0)) AS c1", "CASE WHEN b THEN CASE i WHEN 2 THEN ts ELSE ts END WHEN isnan(f) THEN ts WHEN (NOT (ts <= TIMESTAMP'2024-02-29 00:00:00')) THEN ts ELSE ts END AS c2", "CASE WHEN b THEN ts WHEN ((i / 3.0D) <=> least(CAST(NULL AS BIGINT), id, id)) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (i > m) THEN ts ELSE ts END AS c3")
OUTPUT_MODE = "append"
