from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, ts TIMESTAMP, t STRING, d DOUBLE, j INT, i INT, s STRING, m DECIMAL(18,6)").json(INPUT)
result = df.select(expr("CASE CASE WHEN (s >= '42') THEN '42' END WHEN 'Hello' THEN char_length(t) WHEN '日本' THEN (i - i) ELSE (i - i) END").alias("c1"), F.greatest(col("d"), col("d")).alias("c2"), col("i").cast("string"), expr("day((dt - INTERVAL -10 DAYS))").alias("c4"), expr("add_months(date_add(least(dt, dt), (-1 % 3)), i)").alias("c5")).filter("((ts = TIMESTAMP'2024-02-29 00:00:00') OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
