spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("n", expr("((CASE WHEN b THEN ts WHEN (s > ' ') THEN ts WHEN b THEN date_trunc('WEEK', ts) ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END - ts) <= INTERVAL '-36' HOUR)").alias("c1"), F.right(col("t"), lit(2)).alias("c2"), expr("CAST(date_part('days', (ts - ts)) AS INT)").alias("c3"), F.rpad((lit(2) + col("d")).cast("string"), 0, "é").alias("c4"), expr("CASE WHEN b THEN d ELSE d END AS c5")).where(((col("b") & col("b")) | col("t").isNotNull()))
OUTPUT_MODE = "append"
