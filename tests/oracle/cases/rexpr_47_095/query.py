from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("nullif((least(m, m, 12.345) * (i - i)), 100BD)").alias("c1"), expr("CASE WHEN b THEN round(m) ELSE (m * n) END AS c2")).filter("(isnan(CAST(n AS DOUBLE)) OR (ts <= TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
