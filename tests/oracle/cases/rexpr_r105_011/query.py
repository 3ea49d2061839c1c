from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, n DECIMAL(4,1), ts TIMESTAMP, t STRING, j INT, dt DATE, s STRING, m DECIMAL(10,2), i INT").load(INPUT)
result = df.select(expr("struct(position('o', CASE WHEN is_valid_utf8(unhex('C328')) THEN s WHEN (s IS NOT NULL) THEN t ELSE t END), t AS name, to_date('2025-03-01')) AS c1"), expr("to_timestamp_ltz(nullif('a', 'a'))").alias("c2"), F.bit_get(col("i"), lit(40)).alias("c3"), (col("i").isNotNull() & ((col("j") >= lit(2)) & col("m").isNotNull())).alias("c4")).where("(NOT coalesce(((TIMESTAMP'2024-02-29 00:00:00' + INTERVAL '1-2' YEAR TO MONTH) <= timestampadd(DAY, i, ts)), false))")
OUTPUT_MODE = "append"
