from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("t") == F.split_part(F.bin(col("i")), lit(" "), lit(3))), lit(False)))).selectExpr("id", "(n / nullif(n, 0)) AS c1", "CASE WHEN b THEN coalesce(d, d, 0.001D) WHEN coalesce(b, b, true) THEN CASE WHEN (i = 5) THEN 0.001D WHEN (n IS NOT NULL) THEN d END WHEN b THEN d END AS c2", "to_timestamp(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')").filter("(CASE WHEN true THEN (m = 0.5) WHEN (12.345 IS NOT NULL) THEN (b != false) WHEN forall(split(s, ' '), x -> x = 'Hello') THEN exists(split(t, ' '), x -> x = 'Hello') ELSE (m < 0.5) END OR (b IS NULL))")
OUTPUT_MODE = "append"
