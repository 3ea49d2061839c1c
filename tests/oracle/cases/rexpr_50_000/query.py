from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, f FLOAT, s STRING, m DECIMAL(18,6), t STRING, i INT, b BOOLEAN, d DOUBLE, j INT, dt DATE").json(INPUT)
result = df.selectExpr("id", "i", "coalesce(dt, i) AS c1", "coalesce(ts, CASE WHEN b THEN ts END, TIMESTAMP'2024-02-29 00:00:00') AS c2", "ln(coalesce(CASE WHEN (j IS NOT NULL) THEN d WHEN (s > 'a') THEN f WHEN b THEN f ELSE d END, f, 0.5D)) AS c3", "CASE WHEN (id IS NOT NULL) THEN -1.5D WHEN (t RLIKE '[0-9]+') THEN (f / nullif(i, 0)) ELSE d END AS c4", "(round((m * m), 2) BETWEEN 100BD AND 99.99) AS c5").filter("(j <= 0)")
OUTPUT_MODE = "append"
