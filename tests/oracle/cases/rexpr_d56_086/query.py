from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, dt DATE, m DECIMAL(7,0), i INT, s STRING, t STRING, k BIGINT").load(INPUT)
result = df.groupBy(expr("hash(k) AS k1")).agg(expr("round(avg(nullif(abs(CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN m WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN m WHEN (dt > to_date('2025-03-01')) THEN 0.5 ELSE m END), 99.99)), 3) AS a1"), F.max(F.try_subtract(F.greatest(col("d"), col("d"), lit(float("nan"))), (col("id") * col("d")))).alias("a2"))
OUTPUT_MODE = "update"
