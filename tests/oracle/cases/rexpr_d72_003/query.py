from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("crc32(t) AS c1"), expr("(10 - 10)"), expr("CASE WHEN (1000L <> d) THEN (id <> 86400L) WHEN (dayofmonth(dt) BETWEEN 10 AND 1) THEN coalesce((ts = TIMESTAMP'2024-03-01 12:30:00.123456'), true) WHEN (id >= 3L) THEN CAST(NULL AS BOOLEAN) ELSE true END").alias("c3"), expr("array_contains(split(t, ','), 'o') AS c4"), expr("(ts + INTERVAL -3 DAYS) AS c5"))
OUTPUT_MODE = "append"
