from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.least(col("i"), col("i"), col("i")) % lit(-4)).between(lit(-1), lit(2)).alias("c1"), expr("CASE WHEN (dt = to_date('2023-12-31')) THEN string(i) ELSE CASE WHEN (s = '') THEN lower(s) WHEN (k <= 1L) THEN s ELSE s END END AS c2"), expr("next_day(dt, 'Mon')").alias("c3"), F.try_add(col("d"), col("d")).alias("c4"))
OUTPUT_MODE = "append"
