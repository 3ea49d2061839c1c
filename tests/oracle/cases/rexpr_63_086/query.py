from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, dt DATE, t STRING, b BOOLEAN, m DECIMAL(7,0), d DOUBLE, n DECIMAL(4,1), i INT, s STRING").load(INPUT)
result = df.select(F.crc32(F.when(col("b"), F.least(col("s"), col("t"))).when(col("b"), F.lower(F.repeat(col("t"), 3))).when(col("i").isin(lit(10), lit(5), lit(2)), F.least(lit("日本"), col("s"))).otherwise(col("s"))).alias("c1"), expr("CASE WHEN (NOT (dt > to_date('2024-02-29'))) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN isnan(CASE WHEN (s = 'Hello') THEN months_between(ts, ts) WHEN isnan(d) THEN d WHEN (id < m) THEN d END) THEN CAST(NULL AS TIMESTAMP) ELSE ts END AS c2"), F.coalesce(col("dt"), F.to_date(lit("2024-02-29"))), F.repeat(col("s"), -1)).where((col("dt").isNotNull() | (col("d") < lit(-1.5))))
OUTPUT_MODE = "append"
