from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, m DECIMAL(10,2), i INT, f FLOAT, dt DATE, k BIGINT, ts TIMESTAMP, n DECIMAL(5,3), s STRING").json(INPUT)
result = df.selectExpr("id", "(d + id) AS c1", "greatest(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c2", "(100.0D - CASE WHEN (s RLIKE 'o$') THEN f WHEN (d IS NOT NULL) THEN (m + d) WHEN b THEN nullif(d, CAST('NaN' AS DOUBLE)) ELSE months_between(ts, ts) END) AS c3", "CASE WHEN (ts = TIMESTAMP'2024-02-29 00:00:00') THEN dt WHEN (m > 0.5) THEN dt ELSE (dt + INTERVAL 2 YEARS) END AS c4", "(exp(m) BETWEEN 2.0D AND -1.5D) AS c5")
OUTPUT_MODE = "append"
