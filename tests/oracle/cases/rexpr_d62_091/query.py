from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(38,10), f FLOAT, s STRING, i INT, t STRING, dt DATE, ts TIMESTAMP, j INT, d DOUBLE, k BIGINT").load(INPUT)
result = df.where("(false OR (id IS NOT NULL))").select("id", F.array_join(F.split(col("s"), "[aeiou]"), "").alias("c1"), expr("array_join(split(substr(left(t, 0), -3, 3), ' '), '-')").alias("c2"), expr("coalesce(k, 3L)").alias("c3"), F.date_from_unix_date((col("i") - col("i"))).alias("c4"), expr("CASE WHEN ((d < 0.5D) AND (k <> -2L)) THEN trunc(dt, 'WEEK') WHEN (dt = to_date('2000-01-01')) THEN CASE WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt END WHEN (NOT (dt > to_date('2025-03-01'))) THEN greatest(dt, to_date('2023-12-31'), dt) ELSE trunc(dt, 'WEEK') END")).where("coalesce(contains(c2, ' '), true)")
OUTPUT_MODE = "append"
