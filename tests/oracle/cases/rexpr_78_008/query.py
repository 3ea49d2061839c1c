from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("m") == expr("99.99"))).selectExpr("id", "(greatest(k, (i - 1L)) >= d) AS c1", "(TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL 36 HOURS) AS c2", "coalesce(m, n, -3.10) AS c3", "concat(s, s)", "((CASE WHEN b THEN ts WHEN b THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END + INTERVAL -3 DAYS) = coalesce(dt, CAST(NULL AS DATE))) AS c5")
OUTPUT_MODE = "append"
