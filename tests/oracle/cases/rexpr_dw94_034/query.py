from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(coalesce((s <> '2024-02-29'), (k IS NOT NULL), false) OR (-2L IS NULL))").groupBy(col("dt").alias("k1")).agg(F.sum(F.when(F.lower(col("s")).like("H%"), col("i")).otherwise(lit(0))).alias("a1"), F.count((~(col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))))).alias("a2"))
OUTPUT_MODE = "complete"
