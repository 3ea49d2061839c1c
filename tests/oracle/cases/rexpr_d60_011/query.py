from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "split(s, ' ')[2] AS c1", "nullif(ceil(CASE WHEN abs(round(CAST((id >= 3L) AS DOUBLE), 3)) < 1e9D THEN round(CAST((id >= 3L) AS DOUBLE), 3) END), -2L) AS c2", "CASE WHEN (id IS NOT NULL) THEN ts WHEN b THEN ts WHEN (t = '日本') THEN ts ELSE ts END AS c3").filter("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
