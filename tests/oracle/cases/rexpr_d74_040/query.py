from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, m DECIMAL(10,2), i INT, j INT, d DOUBLE, b BOOLEAN, s STRING, n DECIMAL(5,3), f FLOAT, dt DATE, t STRING, k BIGINT").load(INPUT)
result = df.groupBy(expr("date_format(nullif(TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'2024-03-01 12:30:00.123456'), 'yyyyMMdd') AS k1"), F.coalesce(col("d"), lit(100.0)).alias("k2")).agg(expr("count_if((id <=> m)) AS a1"), F.min(F.try_multiply(col("j"), lit(0))).alias("a2"), F.max(F.bround(col("f"), 0)).alias("a3"), expr("sort_array(collect_set((i + -1))) AS a4")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
