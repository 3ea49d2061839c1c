from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("char_length(t) AS k1")).agg(expr("min(least(ts, (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), CASE WHEN b THEN ts WHEN b THEN ts WHEN (ts IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END)) AS a1"), F.datediff(F.max(F.to_date(lit("2000-01-01"))), F.min(F.to_date(lit("2000-01-01")))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
