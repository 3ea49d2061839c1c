from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, f FLOAT, m DECIMAL(18,6), ts TIMESTAMP, j INT, s STRING, i INT, t STRING").load(INPUT)
result = df.select("id", expr("atan2(signum(d), bround(cbrt(d), 0))").alias("c1"), F.timestamp_seconds(col("i")).alias("c2"), col("t").eqNullSafe(col("s")).alias("c3"), F.date_trunc("QUARTER", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("c4")).filter("(((3 + 0) <= (1.25 - 1.25)) OR (c1 <= CAST('NaN' AS DOUBLE)))")
OUTPUT_MODE = "append"
