spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.try_multiply(expr("CASE t WHEN '日本' THEN d WHEN 'é' THEN d ELSE d END"), col("d")).alias("k1")).agg(F.count(F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("a1"), expr("max(id) AS a2"), expr("count_if((((TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL 72 HOURS) - timestamp_seconds(CAST(extract(HOUR FROM (ts - ts)) AS INT))) <= INTERVAL '23:59' HOUR TO MINUTE)) AS a3"), expr("bool_and(true) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
