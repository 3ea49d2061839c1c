from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("hour(nullif(try_to_timestamp(t), TIMESTAMP'2024-02-29 00:00:00'))").alias("c1"), (col("id") / F.nullif(F.weekofyear(col("dt")), lit(0))).alias("c2"), (F.date_format(F.to_date(lit("2024-02-29")), "yyyyMMdd") != F.concat(col("t"), F.substring(col("t"), -3, 1), col("s"))).alias("c3"), F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm").alias("c4"), expr("date_trunc('QUARTER', nullif((ts - INTERVAL -3 DAYS), TIMESTAMP'2024-03-01 12:30:00.123456')) AS c5")).where("(d <> 0.001D)")
OUTPUT_MODE = "append"
