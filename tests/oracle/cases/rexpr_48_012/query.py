from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce((ts > TIMESTAMP'2024-02-29 00:00:00'), true)").select("id", expr("datediff(ts, 5)").alias("c1"), expr("months_between(dt, last_day(CAST(least(ts, ts) AS DATE)))").alias("c2"), expr("(round(f, 3) <= (2 * 2))").alias("c3"), expr("(i / 10)").alias("c4"), expr("(date_trunc('MINUTE', ts) + INTERVAL -3 DAYS)").alias("c5"))
OUTPUT_MODE = "append"
