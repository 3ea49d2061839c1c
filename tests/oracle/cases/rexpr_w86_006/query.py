from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(s LIKE '%e') AS c1", "round(d, -1)", "least((m * m), m, m) AS c3", "date_trunc('DAY', CASE WHEN (f = -1.5D) THEN CAST(i AS TIMESTAMP) WHEN CASE WHEN b THEN b ELSE (dt IS NOT NULL) END THEN ts ELSE ts END) AS c4", "nullif(CASE WHEN b THEN k WHEN b THEN k WHEN (b IS NOT NULL) THEN id ELSE k END, 3L) AS c5")
OUTPUT_MODE = "append"
