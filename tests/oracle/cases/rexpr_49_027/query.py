from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("m") + expr("12.345")).isNull() | (col("t") >= lit("x-y")))).selectExpr("id", "((n / nullif(0.001, 0)) - 0.001) AS c1", "CAST(pmod(pmod(i, 2), 7) AS TIMESTAMP) AS c2", "CASE WHEN isnan(d) THEN CASE WHEN b THEN ts ELSE ts END WHEN (m <> -3.10) THEN CAST(1 AS TIMESTAMP) ELSE date_trunc('DAY', CAST(i AS TIMESTAMP)) END AS c3", "((CASE WHEN (j = 1) THEN id WHEN b THEN id ELSE id END + id) % nullif(j, 0)) AS c4", "to_date(t) AS c5", "((id % 2) + CASE WHEN b THEN 1 WHEN b THEN i WHEN b THEN 5 ELSE locate('o', 'é', 5) END) AS c6")
OUTPUT_MODE = "append"
