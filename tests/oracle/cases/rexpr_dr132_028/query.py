from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("to_csv(named_struct('d', dt, 'x', f)) AS k1")).agg(F.min(F.acosh(F.abs(col("d")) + lit(1))).alias("a1"), expr("any_value((s IS NOT NULL) IS NOT NULL) AS a2"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(timestampdiff(HOUR, ts, ts)) % 256), 8, '0'))))").alias("a3"), F.try_sum(col("i")).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
