from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, k BIGINT, n DECIMAL(20,0), i INT, d DOUBLE, s STRING, m DECIMAL(10,2), dt DATE, j INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_add(date_sub(dt, i), i) AS c1", "sqrt(CASE WHEN ((n <= -3.10) OR b) THEN n WHEN b THEN 100BD WHEN CASE WHEN nvl2(b, b, true) THEN false WHEN startswith(s, '') THEN (s IS NOT NULL) WHEN b THEN b END THEN CAST(NULL AS DECIMAL(10,2)) END) AS c2", "trunc(date_add(dt, i), 'yy') AS c3", "TRY_CAST(s AS BIGINT) AS c4").filter((F.isnull((col("k") != lit(1))) | (col("m") > expr("12.345"))))
OUTPUT_MODE = "append"
