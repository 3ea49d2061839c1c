from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.try_multiply(F.when(col("b"), col("d")), col("d")).alias("c1"), expr("xxhash64(id, greatest(replace(s, 'l', 'LL'), 'Hello', conv(s, 36, 10)))").alias("c2"), expr("CASE WHEN (m <= id) THEN nullif(CASE WHEN (j < 0) THEN id ELSE id END, 86400L) WHEN (m = 1.25) THEN (id % 3) ELSE CASE WHEN (ts = TIMESTAMP'2024-03-01 12:30:00.123456') THEN id WHEN CASE WHEN (s < 'é') THEN b ELSE b END THEN nullif(0L, 1000L) WHEN (s > 'Hello') THEN (id + id) ELSE id END END AS c3"), expr("timestamp_millis(i)"), F.nullif((col("i") * col("m")), lit(-3.10).cast("decimal(3,2)")).alias("c5")).filter((~F.coalesce(col("i").cast("boolean"), lit(False))))
OUTPUT_MODE = "append"
