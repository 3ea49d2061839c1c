from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, d DOUBLE, k BIGINT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.select("i", expr("string(least(months_between(CASE WHEN (i IS NOT NULL) THEN dt WHEN (i <> 10) THEN dt ELSE dt END, date_trunc('yyyy', ts)), (id * d))) AS c1"), F.round(F.round((col("i") / F.nullif(col("d"), lit(0)))), 3).alias("c2"), expr("ifnull(ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS c3"), expr("add_months(next_day(dt, 'wednesday'), i)").alias("c4"), expr("substring(coalesce(s, lower(s), '日本'), 2, 10)").alias("c5")).where((col("id").isNotNull() | (col("m") == lit(1.25).cast("decimal(3,2)"))))
OUTPUT_MODE = "append"
