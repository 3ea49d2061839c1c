from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, dt DATE, i INT, j INT, s STRING, d DOUBLE, n DECIMAL(4,1), m DECIMAL(18,6), t STRING").json(INPUT)
result = df.filter(col("ts").isNotNull()).groupBy(expr("CAST(try_aes_decrypt(unhex(s), '0123456789abcdef') AS STRING)").alias("k1")).agg(expr("hex(count_min_sketch(t, 0.3D, 0.7D, 7)) AS a1"), expr("sum(CASE WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN n ELSE 0 END) AS a2"), expr("min((dt - INTERVAL 2 YEARS)) AS a3"), expr("(max(i) - min(i)) AS a4"))
OUTPUT_MODE = "update"
