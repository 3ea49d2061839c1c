from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", F.unix_timestamp((col("i").cast("timestamp") - expr("INTERVAL 36 HOURS"))).alias("c1"), F.try_add(lit(1), col("i")).alias("c2")).where("(isnan(months_between(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'1999-12-31 23:59:59.999')) OR (c1 < 86400L))")
OUTPUT_MODE = "append"
