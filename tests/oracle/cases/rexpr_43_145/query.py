from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((m = (d * i)) OR (k IS NOT NULL))").select("id", F.format_string("%.2f / %s", F.when(col("s").isNotNull(), col("d")).otherwise(col("d")), F.reverse(F.date_format(col("ts"), "D"))).alias("c1"), expr("date_trunc('DAY', ts)"), expr("least((weekday(dt) / nullif((d / nullif(j, 0)), 0)), round(CASE t WHEN ' ' THEN d WHEN '42' THEN d END))").alias("c3")).where("((NOT ((ts < TIMESTAMP'1999-12-31 23:59:59.999') OR (s <> 'Hello'))) OR (t <= ''))")
OUTPUT_MODE = "append"
