from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, j INT, ts TIMESTAMP, dt DATE, d DOUBLE, s STRING, i INT, m DECIMAL(18,6)").load(INPUT)
result = df.groupBy(F.char_length(col("ts").cast("string")).alias("k1")).agg(expr("max((NOT i)) AS a5"), expr("min(nullif(CASE WHEN (i < 5) THEN 86400L WHEN ((ts = TIMESTAMP'2024-02-29 00:00:00') OR (i IS NOT NULL)) THEN id WHEN (t IS NOT NULL) THEN coalesce(86400L, 1L) ELSE 0L END, -2L)) AS a1"), F.datediff(F.max(F.try_to_date(lit("Hello"))), F.min(F.try_to_date(lit("Hello")))).alias("a2"), F.count(col("s")).alias("a3"), (F.max(F.degrees(col("m"))) - F.min(F.degrees(col("m")))).alias("a4"))
OUTPUT_MODE = "complete"
